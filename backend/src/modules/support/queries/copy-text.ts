import { LEDGER_COLUMNS, type LedgerEntry } from "../ledger/entry"

export const LEDGER_COLUMN_NAMES = Object.keys(LEDGER_COLUMNS) as (keyof LedgerEntry)[]

// COPY's text format: tab between columns, newline after a row, \N for null; a backslash, tab,
// newline or carriage return inside a value is written as its backslash escape.
const SPECIAL = /[\\\t\n\r]/
const SPECIALS = /[\\\t\n\r]/g
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" }

function field(value: unknown): string {
  if (value === null || value === undefined) {
    return "\\N"
  }
  if (typeof value === "string") {
    return SPECIAL.test(value) ? value.replace(SPECIALS, (c) => ESCAPES[c]) : value
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  return String(value)
}

/**
 * The entries as COPY text, in chunks of `rows` rows: a fraction of the bytes of the JSON it
 * replaces (no keys), no Date.toJSON on JSON.stringify's slow path, and parsed by PostgreSQL
 * without building a jsonb value first.
 */
export function copyText(entries: LedgerEntry[], rows = 1000): string[] {
  const chunks: string[] = []
  for (let start = 0; start < entries.length; start += rows) {
    let chunk = ""
    for (const entry of entries.slice(start, start + rows)) {
      let line = field(entry[LEDGER_COLUMN_NAMES[0]])
      for (let c = 1; c < LEDGER_COLUMN_NAMES.length; c++) {
        line += "\t" + field(entry[LEDGER_COLUMN_NAMES[c]])
      }
      chunk += line + "\n"
    }
    chunks.push(chunk)
  }
  return chunks
}
