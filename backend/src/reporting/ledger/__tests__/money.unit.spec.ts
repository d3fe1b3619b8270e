import { multiplyToFen, toFen } from "../../money"
import { allocate, allocatePreferring } from "../allocate"

describe("toFen", () => {
  it.each([
    [12.34, 1234],
    ["0.1", 10],
    [0.1 + 0.2, 30],
    ["19.995", 2000],
    ["-19.995", -2000],
    [{ value: "1234567890.12" }, 123456789012],
    [{ toJSON: () => "7.005" }, 701],
    [null, 0],
    ["3", 300],
  ])("converts %j to %d fen", (input, fen) => {
    expect(toFen(input)).toBe(fen)
  })

  it("rejects what is not a decimal", () => {
    expect(() => toFen("12,5")).toThrow(/not a decimal/)
    expect(() => toFen(1e25)).toThrow(/cannot be converted/)
  })
})

describe("allocate", () => {
  it("splits exactly by largest remainder", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(1, [333, 1000])).toEqual([0, 1])
    expect(allocate(0, [5, 5])).toEqual([0, 0])
  })

  it("spills over fallback weights once the preferred ones are full", () => {
    expect(allocatePreferring(150, [100, 0], [100, 200])).toEqual([100, 50])
  })
})

describe("multiplyToFen", () => {
  it("agrees with Medusa's line arithmetic for plain lines", () => {
    const { getLineItemsTotals } = jest.requireActual("@medusajs/framework/utils")
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let i = 0; i < 500; i++) {
      const price = (random() * 1000).toFixed(1 + (i % 4))
      const quantity = 1 + Math.floor(random() * 20)
      const totals = getLineItemsTotals([{ id: "x", unit_price: price, quantity, tax_lines: [], adjustments: [] }], {
        includeTax: false,
      })
      expect([price, quantity, multiplyToFen(price, quantity)]).toEqual([price, quantity, toFen(totals.x.total.raw)])
    }
  })

  it("multiplies exactly", () => {
    expect(multiplyToFen("0.005", 1)).toBe(1)
    expect(multiplyToFen("33.333", 3)).toBe(10000)
    expect(multiplyToFen("12.34", "2")).toBe(2468)
    expect(multiplyToFen("-1.005", 1)).toBe(-101)
  })
})
