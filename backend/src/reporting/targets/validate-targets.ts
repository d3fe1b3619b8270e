import { countyCodeError } from "../../lib/division"
import { SHANGHAI_DISTRICTS } from "../../modules/origin/constants"
import { CHANNEL_KINDS, TARGET_LEVELS, type TargetLevel } from "../../modules/support/constants"
import type { Table } from "../../lib/tabular"
import { toFen } from "../money"

export type TargetInput = { year: number; level: TargetLevel; scope_code: string; amount: number; note: string | null }
export type RowError = { row: number; column: string; reason: string }
/** A row that passed validation, with its row number in the file (the header is row 1). */
export type ParsedTarget = TargetInput & { row: number }

const REQUIRED = ["year", "level", "scope_code"]

/** The scope code normalised for its level (districts to their Chinese name), or why it is wrong. */
export function checkScope(level: TargetLevel, code: string): { code: string } | { error: string } {
  switch (level) {
    case "all":
      return code === "" ? { code } : { error: "must be empty for level all" }
    case "province":
      return /^\d{2}$/.test(code) ? { code } : { error: "must be a 2-digit province code" }
    case "prefecture":
      return /^\d{4}$/.test(code) ? { code } : { error: "must be a 4-digit prefecture code" }
    case "county": {
      const error = countyCodeError(code)
      return error ? { error } : { code }
    }
    case "district": {
      const found = SHANGHAI_DISTRICTS.find((d) => d.zh === code || d.en.toLowerCase() === code.toLowerCase())
      return found ? { code: found.zh } : { error: `${code} is not one of Shanghai's 16 districts` }
    }
    case "channel_kind":
      return (CHANNEL_KINDS as readonly string[]).includes(code)
        ? { code }
        : { error: `must be one of ${CHANNEL_KINDS.join(", ")}` }
  }
}

function amountFen(cells: Record<string, string>): { fen: number } | { column: string; error: string } {
  if (cells.amount_fen !== undefined && cells.amount_fen !== "") {
    return /^\d+$/.test(cells.amount_fen) && Number.isSafeInteger(Number(cells.amount_fen))
      ? { fen: Number(cells.amount_fen) }
      : { column: "amount_fen", error: "must be a whole, non-negative number of fen" }
  }
  if (cells.amount_yuan !== undefined && cells.amount_yuan !== "") {
    return /^\d+(\.\d{1,2})?$/.test(cells.amount_yuan)
      ? { fen: toFen(cells.amount_yuan) }
      : { column: "amount_yuan", error: "must be a non-negative amount with at most 2 decimals" }
  }
  return { column: "amount_fen", error: "amount_fen or amount_yuan is required" }
}

/**
 * Validates every row of a targets file (CSV or XLSX read by lib/tabular; header: year, level,
 * scope_code, amount_fen or amount_yuan, optional note) and returns either all the targets or every
 * error, by the row the uploader sees in Excel and column. `rows` keeps the good rows of a bad
 * file, for previews.
 */
export function validateTargets(table: Table): { targets: TargetInput[]; rows: ParsedTarget[]; errors: RowError[] } {
  const { header, headerRowNumber, rows } = table
  const columns = header.map((h) => h.trim().toLowerCase())
  const errors: RowError[] = []
  for (const column of REQUIRED) {
    if (!columns.includes(column)) {
      errors.push({ row: headerRowNumber, column, reason: "column is missing from the header" })
    }
  }
  if (!columns.includes("amount_fen") && !columns.includes("amount_yuan")) {
    errors.push({ row: headerRowNumber, column: "amount_fen", reason: "column amount_fen or amount_yuan is missing from the header" })
  }
  if (errors.length) {
    return { targets: [], rows: [], errors }
  }
  if (!rows.length) {
    return { targets: [], rows: [], errors: [{ row: headerRowNumber + 1, column: "year", reason: "the file has no rows" }] }
  }

  const parsed: ParsedTarget[] = []
  const seen = new Map<string, number>()
  rows.forEach(({ rowNumber: row, cells }) => {
    const get = Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? "").trim()]))
    const fail = (column: string, reason: string) => errors.push({ row, column, reason })
    const before = errors.length

    const year = Number(get.year)
    if (!/^\d{4}$/.test(get.year) || year < 2000 || year > 2100) {
      fail("year", "must be a year between 2000 and 2100")
    }
    const level = get.level as TargetLevel
    let scope = get.scope_code
    if (!(TARGET_LEVELS as readonly string[]).includes(level)) {
      fail("level", `must be one of ${TARGET_LEVELS.join(", ")}`)
    } else {
      const checked = checkScope(level, scope)
      if ("error" in checked) {
        fail("scope_code", checked.error)
      } else {
        scope = checked.code
      }
    }
    const amount = amountFen(get)
    if ("error" in amount) {
      fail(amount.column, amount.error)
    }
    if (errors.length > before || "error" in amount) {
      return
    }
    const key = `${year}|${level}|${scope}`
    const first = seen.get(key)
    if (first) {
      fail("scope_code", `duplicates row ${first} (${year}, ${level}, ${scope || "all"})`)
      return
    }
    seen.set(key, row)
    parsed.push({ row, year, level, scope_code: scope, amount: amount.fen, note: get.note || null })
  })
  const targets = errors.length ? [] : parsed.map(({ row: _row, ...target }) => target)
  return { targets, rows: parsed, errors }
}
