import { toFen } from "../../money"
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
