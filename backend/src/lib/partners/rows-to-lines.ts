import { DateTime } from "luxon"
import type { Table } from "../tabular"
import type { PartnerRowError } from "@onecounty/contracts/partners"

/** A bad cell of an uploaded file, as the uploader sees it in Excel. */
export type RowError = PartnerRowError

const COLUMNS: Record<string, string[]> = {
  reference: ["reference", "单号", "小票号", "订单号"],
  line: ["line", "行号"],
  outlet_code: ["outlet_code", "门店编码", "门店代码"],
  sold_at: ["sold_at", "销售时间"],
  barcode: ["barcode", "条码", "商品条码"],
  sku: ["sku", "商品编码"],
  quantity: ["quantity", "数量"],
  amount_fen: ["amount_fen", "金额_分", "金额(分)"],
  amount_yuan: ["amount_yuan", "金额_元", "金额(元)", "金额"],
}
const REQUIRED = ["reference", "line", "outlet_code", "sold_at", "quantity"]

const INTEGER = /^-?\d+$/
const YUAN = /^-?\d+(\.\d{1,2})?$/

/** Why an amount is not plain digits: named rather than guessed. */
function amountProblem(text: string, yuan: boolean): string | null {
  if (/[¥￥]/.test(text)) {
    return "remove the currency sign (¥): write the plain number"
  }
  if (/\d[,，]\d/.test(text) || /\d\s\d/.test(text)) {
    return "remove the thousands separators: write the plain number, e.g. 12345"
  }
  if (yuan ? !YUAN.test(text) : !INTEGER.test(text)) {
    return yuan ? "must be yuan with at most two decimals, e.g. 19.90" : "must be a whole number of fen, e.g. 1990"
  }
  return null
}

/** Exactly one fen value from yuan text with at most two decimals, no float arithmetic. */
function yuanToFen(text: string): number {
  const negative = text.startsWith("-")
  const [whole, decimals = ""] = text.replace("-", "").split(".")
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, "0"))
  return negative ? -fen : fen
}

/** A time with an offset as given; without one, Shanghai time (what a Chinese till prints). */
function soldAt(text: string): string | null {
  const iso = text.trim().replace(" ", "T")
  const parsed = /([+-]\d\d:?\d\d|Z)$/.test(iso) ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone: "Asia/Shanghai" })
  return parsed.isValid ? (parsed.toISO({ suppressMilliseconds: true }) as string) : null
}

/**
 * A partner's file as request lines: header by name (English or Chinese), every bad cell reported
 * with its row and column. `rows[i]` is the file row of `lines[i]`, to report the lines' own
 * checks by row too.
 */
export function rowsToLines(table: Table): { lines: Record<string, unknown>[]; rows: number[]; errors: RowError[] } {
  const header = table.header.map((h) => h.trim().replace(/^\uFEFF/, "").toLowerCase())
  const index: Record<string, number> = {}
  for (const [field, names] of Object.entries(COLUMNS)) {
    const at = header.findIndex((h) => names.includes(h))
    if (at >= 0) {
      index[field] = at
    }
  }
  const errors: RowError[] = []
  const headerRow = table.headerRowNumber
  for (const field of REQUIRED) {
    if (index[field] === undefined) {
      errors.push({ row: headerRow, column: field, reason: `no ${COLUMNS[field].join(" / ")} column in the header` })
    }
  }
  if (index.barcode === undefined && index.sku === undefined) {
    errors.push({ row: headerRow, column: "barcode", reason: "the header needs a barcode (条码) or sku (商品编码) column" })
  }
  if ((index.amount_fen === undefined) === (index.amount_yuan === undefined)) {
    errors.push({ row: headerRow, column: "amount_fen", reason: "the header needs exactly one of amount_fen (金额_分) or amount_yuan (金额_元)" })
  }
  if (errors.length) {
    return { lines: [], rows: [], errors }
  }
  const lines: Record<string, unknown>[] = []
  const rows: number[] = []
  for (const { rowNumber, cells } of table.rows) {
    const cell = (field: string) => (index[field] === undefined ? "" : (cells[index[field]] ?? "").trim())
    const bad = (column: string, reason: string) => errors.push({ row: rowNumber, column, reason })
    const line = cell("line")
    const quantity = cell("quantity")
    const yuan = index.amount_yuan !== undefined
    const amount = cell(yuan ? "amount_yuan" : "amount_fen")
    const when = soldAt(cell("sold_at"))
    const before = errors.length
    if (!INTEGER.test(line)) bad("line", "must be a whole number")
    if (!INTEGER.test(quantity)) bad("quantity", "must be a whole number")
    const problem = amountProblem(amount, yuan)
    if (problem) bad(yuan ? "amount_yuan" : "amount_fen", problem)
    if (!when) bad("sold_at", "must be a date and time, e.g. 2026-03-08 10:15:00 (Shanghai) or 2026-03-08T10:15:00+08:00")
    if (errors.length > before) {
      continue
    }
    lines.push({
      reference: cell("reference"),
      line: Number(line),
      outlet_code: cell("outlet_code"),
      sold_at: when,
      ...(cell("barcode") ? { barcode: cell("barcode") } : {}),
      ...(cell("sku") ? { sku: cell("sku") } : {}),
      quantity: Number(quantity),
      amount_fen: yuan ? yuanToFen(amount) : Number(amount),
    })
    rows.push(rowNumber)
  }
  return { lines, rows, errors }
}
