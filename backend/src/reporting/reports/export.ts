import { fenToYuan } from "@onecounty/contracts/money"
import ExcelJS from "exceljs"

export type ExportFormat = "csv" | "xlsx"
type Row = Record<string, unknown>

/** Every `*_fen` column followed by its yuan rendering, which is what readers of exports want. */
function withYuan(rows: Row[]): { columns: string[]; rows: Row[] } {
  const keys = rows.length ? Object.keys(rows[0]) : []
  const columns = keys.flatMap((k) => (k.endsWith("_fen") ? [k, k.replace(/_fen$/, "_yuan")] : [k]))
  return {
    columns,
    rows: rows.map((row) => {
      const out: Row = {}
      for (const k of keys) {
        out[k] = row[k]
        if (k.endsWith("_fen")) {
          out[k.replace(/_fen$/, "_yuan")] = typeof row[k] === "number" ? fenToYuan(row[k] as number) : null
        }
      }
      return out
    }),
  }
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: Row[]): string {
  const table = withYuan(rows)
  const lines = [table.columns, ...table.rows.map((r) => table.columns.map((c) => r[c]))]
  // The byte-order mark makes Excel read the Chinese names as UTF-8.
  return "\uFEFF" + lines.map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n"
}

export async function toXlsx(rows: Row[], sheet: string): Promise<Buffer> {
  const table = withYuan(rows)
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet(sheet)
  ws.columns = table.columns.map((c) => ({ header: c, key: c, width: Math.max(12, c.length + 2) }))
  table.rows.forEach((r) => ws.addRow(r))
  ws.getRow(1).font = { bold: true }
  return Buffer.from(await book.xlsx.writeBuffer())
}
