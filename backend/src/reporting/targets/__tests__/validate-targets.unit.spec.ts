import { parseCsv } from "../parse-csv"
import { validateTargetsCsv } from "../validate-targets"

describe("parseCsv", () => {
  it("handles quotes, embedded commas and line breaks, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n\r\n')).toEqual([
      ["a", "b"],
      ['x, "y"', "line\nbreak"],
    ])
  })
})

describe("validateTargetsCsv", () => {
  it("returns every target of a good file, normalising districts and yuan", () => {
    const csv = [
      "year,level,scope_code,amount_fen,amount_yuan,note",
      "2025,all,,100000000,,city",
      "2025,county,653125,,1234.5,",
      "2025,district,Baoshan,500,,",
      "2025,channel_kind,counter,7,,",
    ].join("\n")
    const { rows, ...result } = validateTargetsCsv(csv)
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

  it("names every bad row and column and returns no targets", () => {
    const csv = [
      "year,level,scope_code,amount_fen",
      "2025,county,653125,100",
      "25,county,653125,100",
      "2025,town,x,100",
      "2025,county,659999,12.5",
      "2025,district,朝阳区,1",
      "2025,county,653125,5",
    ].join("\n")
    const { targets, rows, errors } = validateTargetsCsv(csv)
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

  it("reports a header without the needed columns", () => {
    expect(validateTargetsCsv("year,scope\n2025,x").errors).toEqual([
      { row: 1, column: "level", reason: "column is missing from the header" },
      { row: 1, column: "scope_code", reason: "column is missing from the header" },
      { row: 1, column: "amount_fen", reason: "column amount_fen or amount_yuan is missing from the header" },
    ])
  })
})
