import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import { readTable, TabularError } from ".."

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

async function workbook(build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  build(book.addWorksheet("销售"), book)
  return Buffer.from(await book.xlsx.writeBuffer())
}

async function refusal(promise: Promise<unknown>): Promise<TabularError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(TabularError)
  return error as TabularError
}

const SALES = "门店编码,商品条码,数量,金额(分)\r\n沪001,6901234567892,2,\"1,990\"\r\n沪002,6901234567892,-1,-995\r\n"

describe("readTable: CSV", () => {
  it("reads GBK bytes as Excel saves them on a Chinese Windows", async () => {
    const gbk = iconv.encode(SALES, "gbk")
    // the bytes really are not UTF-8, so the detection is what is tested
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow()
    const table = await readTable(gbk, "销售.csv")
    expect(table).toEqual({
      format: "csv",
      encoding: "gbk",
      header: ["门店编码", "商品条码", "数量", "金额(分)"],
      headerRowNumber: 1,
      rows: [
        { rowNumber: 2, cells: ["沪001", "6901234567892", "2", "1,990"] },
        { rowNumber: 3, cells: ["沪002", "6901234567892", "-1", "-995"] },
      ],
    })
  })

  it("reads characters outside GB2312 (GBK's extension) such as 镕 and 喆", async () => {
    const table = await readTable(iconv.encode("名称\n朱镕基喆\n", "gbk"), "x.csv")
    expect(table.rows[0]!.cells).toEqual(["朱镕基喆"])
  })

  it("reads UTF-8 with a BOM and without one alike, the BOM not ending up in the first column's name", async () => {
    const withBom = await readTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SALES)]), "a.csv")
    const without = await readTable(Buffer.from(SALES), "a.csv")
    expect(withBom.encoding).toBe("utf-8")
    expect(withBom.header[0]).toBe("门店编码")
    expect(withBom).toEqual(without)
  })

  it("keeps quoted commas, doubled quotes and line breaks inside their field, numbering rows as Excel does", async () => {
    const csv = 'a,b\r\n"x, ""y""","line\nbreak"\r\n\r\nlast,row\n'
    const table = await readTable(Buffer.from(csv), "q.csv")
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['x, "y"', "line\nbreak"] },
      // the blank row 3 is left out, the numbering keeps it
      { rowNumber: 4, cells: ["last", "row"] },
    ])
  })

  it("leaves out empty trailing rows, even ones made of commas, and pads short rows to the header", async () => {
    const table = await readTable(Buffer.from("a,b,c\n1\n,,\n  ,\n\n"), "t.csv")
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ["1", "", ""] }])
  })

  it("returns a header without rows as it is, for the caller to report", async () => {
    expect((await readTable(Buffer.from("a,b\n"), "h.csv")).rows).toEqual([])
  })

  it("refuses a file without even a header", async () => {
    expect((await refusal(readTable(Buffer.from("\r\n,,\r\n"), "e.csv"))).code).toBe("empty")
  })

  it("names the line of a broken quote", async () => {
    const error = await refusal(readTable(Buffer.from('a,b\n1,2\n"open,3\n'), "b.csv"))
    expect(error.code).toBe("unreadable")
    expect(error.message).toMatch(/line 3/)
  })

  it("refuses bytes that are neither UTF-8 nor GBK", async () => {
    const error = await refusal(readTable(Buffer.from([0x61, 0x0a, 0x81, 0x20, 0xff, 0x0a]), "x.csv"))
    expect(error.message).toMatch(/neither UTF-8 nor GBK/)
  })

  it("refuses UTF-16 text with what to save instead", async () => {
    const error = await refusal(readTable(Buffer.from("\ufeffa\tb", "utf16le"), "u.txt"))
    expect(error.code).toBe("unsupported_format")
    expect(error.message).toMatch(/UTF-16.*CSV/)
  })
})

describe("readTable: XLSX", () => {
  it("reads the first sheet as text: numbers without float noise, long barcodes whole, dates as days", async () => {
    const buffer = await workbook((sheet, book) => {
      sheet.addRow(["outlet_code", "sold_at", "barcode", "quantity", "amount_yuan", "note"])
      sheet.addRow(["沪001", new Date(Date.UTC(2025, 2, 7)), 6901234567892, 3, 0.1 + 0.2, { richText: [{ text: "富" }, { text: "文本" }] }])
      sheet.addRow(["沪002", new Date(Date.UTC(2025, 2, 8, 14, 30, 5)), "06901234567892", -1, { formula: "2*1.1", result: 2.2 }, true])
      sheet.addRow([])
      sheet.addRow(["", "", ""])
      book.addWorksheet("other").addRow(["ignored"])
    })
    const table = await readTable(buffer, "sales.xlsx", { contentType: XLSX_TYPE })
    expect(table).toEqual({
      format: "xlsx",
      encoding: null,
      header: ["outlet_code", "sold_at", "barcode", "quantity", "amount_yuan", "note"],
      headerRowNumber: 1,
      rows: [
        { rowNumber: 2, cells: ["沪001", "2025-03-07", "6901234567892", "3", "0.3", "富文本"] },
        { rowNumber: 3, cells: ["沪002", "2025-03-08 14:30:05", "06901234567892", "-1", "2.2", "TRUE"] },
      ],
    })
  })

  it("numbers rows as the sheet does when the header is not on row 1 and rows are skipped", async () => {
    const buffer = await workbook((sheet) => {
      sheet.getCell("B3").value = "code"
      sheet.getCell("C3").value = "amount"
      sheet.getCell("C5").value = 1234567.891
      sheet.getCell("B9").value = "x"
    })
    const table = await readTable(buffer, "gaps.xlsx")
    expect(table.headerRowNumber).toBe(3)
    expect(table.header).toEqual(["", "code", "amount"])
    expect(table.rows).toEqual([
      { rowNumber: 5, cells: ["", "", "1234567.891"] },
      { rowNumber: 9, cells: ["", "x", ""] },
    ])
  })

  it("reads a workbook by its bytes even when it was renamed .csv", async () => {
    const buffer = await workbook((sheet) => sheet.addRow(["a"]))
    expect((await readTable(buffer, "really.csv")).format).toBe("xlsx")
  })

  it("refuses a .xlsx that is not a workbook, and a damaged zip", async () => {
    expect((await refusal(readTable(Buffer.from("a,b\n1,2"), "fake.xlsx"))).code).toBe("unreadable")
    const damaged = (await workbook((sheet) => sheet.addRow(["a"]))).subarray(0, 200)
    expect((await refusal(readTable(damaged, "cut.xlsx"))).message).toMatch(/cannot be opened/)
  })
})

describe("readTable: refusals", () => {
  it("refuses a file over the limit before reading it", async () => {
    const error = await refusal(readTable(Buffer.alloc(2 * 1024 * 1024, 0x61), "big.csv", { maxBytes: 1024 * 1024 }))
    expect(error.code).toBe("too_large")
    expect(error.message).toBe("the file is 2.0 MB; at most 1.0 MB is accepted")
  })

  it("refuses more rows than allowed", async () => {
    const error = await refusal(readTable(Buffer.from("a\n1\n2\n3\n"), "r.csv", { maxRows: 2 }))
    expect(error.code).toBe("too_many_rows")
  })

  it("refuses old .xls workbooks, other file types and binary content, saying what to save instead", async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect((await refusal(readTable(xls, "old.xls"))).message).toMatch(/Excel 97–2003.*\.xlsx/)
    expect((await refusal(readTable(Buffer.from("%PDF-1.7"), "report.pdf"))).message).toMatch(/^\.pdf files are not read here/)
    expect((await refusal(readTable(Buffer.from("{}"), "", { contentType: "application/json" }))).code).toBe("unsupported_format")
    expect((await refusal(readTable(Buffer.from([0x61, 0, 0x62]), "nul.csv"))).message).toMatch(/binary/)
  })

  it("accepts CSV sent without a name as text/csv or octet-stream", async () => {
    expect((await readTable(Buffer.from("a\n1"), "", { contentType: "text/csv; charset=utf-8" })).rows).toHaveLength(1)
    expect((await readTable(Buffer.from("a\n1"), "", { contentType: "application/octet-stream" })).rows).toHaveLength(1)
  })
})
