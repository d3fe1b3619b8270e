import { LEDGER_COLUMNS, ledgerKey, type LedgerEntry } from "../../modules/support/ledger/entry"

export type LedgerDifference = {
  key: string
  kind: "missing" | "extra" | "changed"
  /** the columns that differ, for a changed entry */
  columns?: string[]
  expected?: LedgerEntry
  actual?: LedgerEntry
}

const normalise = (column: string, value: unknown) => {
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (column === "amount_fen" || column === "quantity" || column === "year" || column === "month") {
    return Number(value)
  }
  return value ?? null
}

/** What separates the booked entries from those the orders imply. */
export function diffLedger(expected: LedgerEntry[], actual: LedgerEntry[]): LedgerDifference[] {
  const booked = new Map(actual.map((e) => [ledgerKey(e), e]))
  const differences: LedgerDifference[] = []
  for (const entry of expected) {
    const key = ledgerKey(entry)
    const found = booked.get(key)
    booked.delete(key)
    if (!found) {
      differences.push({ key, kind: "missing", expected: entry })
      continue
    }
    const columns = Object.keys(LEDGER_COLUMNS).filter(
      (c) =>
        normalise(c, entry[c as keyof LedgerEntry]) !== normalise(c, found[c as keyof LedgerEntry])
    )
    if (columns.length) {
      differences.push({ key, kind: "changed", columns, expected: entry, actual: found })
    }
  }
  booked.forEach((entry, key) => differences.push({ key, kind: "extra", actual: entry }))
  return differences
}
