import ExcelJS from "exceljs"
import { cellText } from "./cell-text"
import { TabularError } from "./types"

/** The first worksheet's rows, by their row number; rows with nothing in them are absent. */
export async function readXlsx(buffer: Buffer): Promise<Map<number, string[]>> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  } catch {
    throw new TabularError("unreadable", "the workbook cannot be opened: save it again as .xlsx from Excel or WPS, or as CSV")
  }
  const sheet = workbook.worksheets[0]
  const rows = new Map<number, string[]>()
  if (!sheet) {
    return rows
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value)
    })
    rows.set(rowNumber, Array.from(cells, (c) => c ?? ""))
  })
  return rows
}
