import { detectFormat } from "./detect"
import { readCsv } from "./read-csv"
import { readXlsx } from "./read-xlsx"
import { TabularError, type ReadTableOptions, type Table, type TableRow } from "./types"

export { TabularError, isTabularError } from "./types"
export type { ReadTableOptions, Table, TableRow, TabularErrorCode } from "./types"

const MB = 1024 * 1024
const DEFAULT_MAX_BYTES = 5 * MB
const DEFAULT_MAX_ROWS = 100_000

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "")

/**
 * An uploaded file as a table: CSV (UTF-8 with or without BOM, or GBK as Excel saves it on a
 * Chinese Windows) or the first sheet of an XLSX workbook, every cell as text. The first non-blank
 * row is the header; blank rows are left out but keep the numbering, so `rowNumber` is the row
 * the uploader sees in Excel. Throws a TabularError saying what is wrong with the file.
 */
export async function readTable(buffer: Buffer, filename: string, options: ReadTableOptions = {}): Promise<Table> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS
  if (buffer.length > maxBytes) {
    throw new TabularError("too_large", `the file is ${(buffer.length / MB).toFixed(1)} MB; at most ${(maxBytes / MB).toFixed(1)} MB is accepted`)
  }
  const format = detectFormat(buffer, filename, options.contentType)
  let numbered: [number, string[]][]
  let encoding: Table["encoding"] = null
  if (format === "xlsx") {
    numbered = [...(await readXlsx(buffer)).entries()]
  } else {
    const csv = readCsv(buffer)
    encoding = csv.encoding
    numbered = csv.records.map((cells, i) => [i + 1, cells])
  }
  const filled = numbered.filter(([, cells]) => !isBlank(cells))
  const [first, ...data] = filled
  if (!first) {
    throw new TabularError("empty", "the file is empty: not even a header row")
  }
  if (data.length > maxRows) {
    throw new TabularError("too_many_rows", `the file has ${data.length} rows; at most ${maxRows} are accepted in one file`)
  }
  const [headerRowNumber, header] = first
  const rows: TableRow[] = data.map(([rowNumber, cells]) => ({
    rowNumber,
    cells: cells.length >= header.length ? cells : [...cells, ...Array<string>(header.length - cells.length).fill("")],
  }))
  return { format, encoding, header, headerRowNumber, rows }
}
