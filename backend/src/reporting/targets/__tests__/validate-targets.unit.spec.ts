import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import { readTable } from "../../../lib/tabular"
import { validateTargets } from "../validate-targets"

const validateTargetsCsv = async (csv: string) => validateTargets(await readTable(Buffer.from(csv), "targets.csv"))

describe("validateTargets", () => {
  it("returns every target of a good file, normalising districts and yuan", async () => {
    const csv = [
      "year,level,scope_code,amount_fen,amount_yuan,note",
      "2025,all,,100000000,,city",
      "2025,county,653125,,1234.5,",
      "2025,district,Baoshan,500,,",
      "2025,channel_kind,counter,7,,",
    ].join("\n")
    const { rows, ...result } = await validateTargetsCsv(csv)
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5])
    expect(result).toEqual({
      errors: [],
      targets: [
        { year: 2025, level: "all", scope_code: "", amount: 100000000, note: "city" },
        { year: 2025, level: "county", scope_code: "653125", amount: 123450, note: null },
        { year: 2025, level: "district", scope_code: "宝山区", amount: 500, note: null },
        { year: 2025, level: "channel_kind", scope_code: "counter", amount: 7, note: null },
      ],
    })
  })

  it("names every bad row and column and returns no targets", async () => {
    const csv = [
      "year,level,scope_code,amount_fen",
      "2025,county,653125,100",
      "25,county,653125,100",
      "2025,town,x,100",
      "2025,county,659999,12.5",
      "2025,district,朝阳区,1",
      "2025,county,653125,5",
    ].join("\n")
    const { targets, rows, errors } = await validateTargetsCsv(csv)
    expect(targets).toEqual([])
    // the good rows stay known, for a preview
    expect(rows.map((r) => r.row)).toEqual([2])
    expect(errors).toEqual([
      { row: 3, column: "year", reason: "must be a year between 2000 and 2100" },
      { row: 4, column: "level", reason: expect.stringMatching(/^must be one of all, province/) },
      { row: 5, column: "scope_code", reason: "659999 is not a county-level division in GB/T 2260" },
      { row: 5, column: "amount_fen", reason: "must be a whole, non-negative number of fen" },
      { row: 6, column: "scope_code", reason: "朝阳区 is not one of Shanghai's 16 districts" },
      { row: 7, column: "scope_code", reason: "duplicates row 2 (2025, county, 653125)" },
    ])
  })

  it("reports a header without the needed columns", async () => {
    expect((await validateTargetsCsv("year,scope\n2025,x")).errors).toEqual([
      { row: 1, column: "level", reason: "column is missing from the header" },
      { row: 1, column: "scope_code", reason: "column is missing from the header" },
      { row: 1, column: "amount_fen", reason: "column amount_fen or amount_yuan is missing from the header" },
    ])
  })

  it("reads a GBK CSV as Excel saves it on a Chinese Windows, district names and notes intact", async () => {
    const csv = "year,level,scope_code,amount_yuan,note\r\n2025,district,宝山区,1000,对口支援\r\n2025,district,嘉定区,\"2,000\",\r\n"
    const { rows, errors } = validateTargets(await readTable(iconv.encode(csv, "gbk"), "目标.csv"))
    expect(rows).toEqual([{ row: 2, year: 2025, level: "district", scope_code: "宝山区", amount: 100000, note: "对口支援" }])
    expect(errors).toEqual([{ row: 3, column: "amount_yuan", reason: "must be a non-negative amount with at most 2 decimals" }])
  })

  it("reads an XLSX workbook, numbers and codes typed as numbers, rows numbered as the sheet shows them", async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet("目标")
    sheet.addRow(["year", "level", "scope_code", "amount_yuan", "note"])
    sheet.addRow([2025, "county", 653125, 1234.5, "莎车"])
    sheet.addRow([])
    sheet.addRow([2025, "province", 65, 0.1 + 0.2, null])
    sheet.addRow([2025, "county", 653125, 1, null])
    const table = await readTable(Buffer.from(await book.xlsx.writeBuffer()), "targets.xlsx")
    const { rows, errors } = validateTargets(table)
    expect(rows).toEqual([
      { row: 2, year: 2025, level: "county", scope_code: "653125", amount: 123450, note: "莎车" },
      { row: 4, year: 2025, level: "province", scope_code: "65", amount: 30, note: null },
    ])
    expect(errors).toEqual([{ row: 5, column: "scope_code", reason: "duplicates row 2 (2025, county, 653125)" }])
  })

  it("numbers rows past blank lines as the file shows them", async () => {
    const { errors } = await validateTargetsCsv("year,level,scope_code,amount_fen\n\n2025,all,,x\n")
    expect(errors).toEqual([{ row: 3, column: "amount_fen", reason: "must be a whole, non-negative number of fen" }])
  })
})
