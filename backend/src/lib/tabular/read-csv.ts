import { CsvError, parse } from "csv-parse/sync"
import { decodeText } from "./decode-text"
import { TabularError } from "./types"

/**
 * Every record of a CSV, in order, blank lines included so that a record's index + 1 is the row
 * a spreadsheet shows for it (a quoted line break stays inside its row, as in Excel).
 */
export function readCsv(buffer: Buffer): { encoding: "utf-8" | "gbk"; records: string[][] } {
  const { text, encoding } = decodeText(buffer)
  try {
    const records: string[][] = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      // files pasted together from Windows and elsewhere mix line ends
      record_delimiter: ["\r\n", "\n", "\r"],
    })
    return { encoding, records }
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines
      throw new TabularError("unreadable", `the CSV cannot be read${line ? ` at line ${line}` : ""}: ${e.message.replace(/^Invalid [^:]*: /, "")}`)
    }
    throw e
  }
}
