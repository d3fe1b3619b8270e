import { LEDGER_COLUMNS, type LedgerEntry } from "./entry"

/**
 * A ledger row as one string, written the same way by PostgreSQL and here, so that a
 * reconciliation reads one short column per booked entry instead of two dozen typed ones, and
 * compares strings. Only rows whose strings differ are read in full to name the columns.
 */
const SEPARATOR = "\u001f"
const NULL = "\\N"
const columns = Object.keys(LEDGER_COLUMNS) as (keyof LedgerEntry)[]

function sqlPart(column: keyof LedgerEntry): string {
  const type = LEDGER_COLUMNS[column]
  const c = `"${column}"`
  if (type === "timestamptz") {
    // whole milliseconds since the epoch, as JavaScript dates hold them
    return `coalesce(floor(extract(epoch from ${c}) * 1000)::bigint::text, '${NULL}')`
  }
  if (type === "boolean") {
    return `coalesce(${c}::int::text, '${NULL}')`
  }
  return `coalesce(${c}::text, '${NULL}')`
}

export const FINGERPRINT_SQL = `concat_ws(chr(31), ${columns.map(sqlPart).join(", ")})`

function jsPart(column: keyof LedgerEntry, value: unknown): string {
  if (value === null || value === undefined) {
    return NULL
  }
  if (value instanceof Date) {
    return String(value.getTime())
  }
  if (typeof value === "boolean") {
    return value ? "1" : "0"
  }
  return String(value)
}

export function fingerprint(entry: LedgerEntry): string {
  return columns.map((c) => jsPart(c, entry[c])).join(SEPARATOR)
}
