import { rowsToLines } from "../rows-to-lines"

const table = (header: string[], rows: string[][]) => ({
  format: "csv" as const,
  encoding: "utf-8" as const,
  header,
  headerRowNumber: 1,
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
})

describe("rowsToLines", () => {
  it("reads Chinese headers, yuan to the fen and Shanghai times", () => {
    const { lines, errors } = rowsToLines(
      table(["单号", "行号", "门店编码", "销售时间", "条码", "数量", "金额_元"], [["A", "1", "O1", "2026-03-08 10:15:00", "6901234567892", "3", "59.7"]])
    )
    expect(errors).toEqual([])
    expect(lines).toEqual([
      { reference: "A", line: 1, outlet_code: "O1", sold_at: "2026-03-08T10:15:00+08:00", barcode: "6901234567892", quantity: 3, amount_fen: 5970 },
    ])
  })

  it("refuses ¥ and thousands separators and names row and column", () => {
    const { errors } = rowsToLines(
      table(["reference", "line", "outlet_code", "sold_at", "sku", "quantity", "amount_fen"], [
        ["A", "1", "O1", "2026-03-08T10:15:00+08:00", "S1", "1", "¥100"],
        ["A", "2", "O1", "2026-03-08T10:15:00+08:00", "S1", "1", "1,000"],
        ["A", "x", "O1", "yesterday", "S1", "1", "10.5"],
      ])
    )
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "amount_fen"],
      [3, "amount_fen"],
      [4, "line"],
      [4, "amount_fen"],
      [4, "sold_at"],
    ])
  })

  it("names missing header columns on the header row", () => {
    const { errors } = rowsToLines(table(["reference", "line"], []))
    expect(errors.map((e) => e.column)).toEqual(["outlet_code", "sold_at", "quantity", "barcode", "amount_fen"])
  })
})
