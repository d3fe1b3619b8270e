import { demoYears } from "../years"

describe("demoYears", () => {
  it("fills last year in full and this year in proportion to the Shanghai days gone, grown 8 %", () => {
    // 1 July 2026 in Shanghai: 181 of 365 days gone
    const years = demoYears({ DEMO_SALES_ORDERS: "3650" }, new Date("2026-06-30T16:30:00Z"))
    expect(years).toEqual([
      { year: 2025, orders: 3650 },
      { year: 2026, orders: Math.round(3650 * (181 / 365) * 1.08) },
    ])
  })

  it("gives last year alone on 1 January, and DEMO_SALES_YEAR alone when set", () => {
    expect(demoYears({}, new Date("2026-12-31T16:30:00Z"))).toEqual([{ year: 2026, orders: 3000 }])
    expect(demoYears({ DEMO_SALES_YEAR: "2024", DEMO_SALES_ORDERS: "10" })).toEqual([{ year: 2024, orders: 10 }])
  })

  it("names the variable and the rule when a value is wrong", () => {
    expect(() => demoYears({ DEMO_SALES_ORDERS: "1e9" })).toThrow(/^DEMO_SALES_ORDERS: must be a whole number from 1 to 200000/)
    expect(() => demoYears({ DEMO_SALES_YEAR: "2999" })).toThrow(/^DEMO_SALES_YEAR: must be a year/)
  })
})
