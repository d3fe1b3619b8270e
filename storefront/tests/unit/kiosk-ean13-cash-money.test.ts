import { describe, expect, it } from "vitest"
import { cashChange, discrepancy, quickTenders } from "@/lib/kiosk/cash"
import { createWedgeReader, type ScanOutcome } from "@/lib/kiosk/scanner"
import { ean13CheckDigit, isValidEan13 } from "@/lib/util/ean13"
import { formatFen, parseYuanToFen } from "@/lib/util/money"

describe("EAN-13", () => {
  it("computes the GS1 check digit", () => {
    expect(ean13CheckDigit("697000000001")).toBe(7)
    expect(ean13CheckDigit("400638133393")).toBe(1)
    expect(ean13CheckDigit("690123456789")).toBe(2)
  })
  it("accepts valid codes and refuses a wrong check digit, length or characters", () => {
    expect(isValidEan13("6970000000017")).toBe(true)
    expect(isValidEan13("4006381333931")).toBe(true)
    expect(isValidEan13("6970000000018")).toBe(false)
    expect(isValidEan13("697000000001")).toBe(false)
    expect(isValidEan13("69700000000173")).toBe(false)
    expect(isValidEan13("69700000000l3")).toBe(false)
  })
})

describe("keyboard-wedge reader", () => {
  const read = (keys: string[], times?: number[], inField = false) => {
    const seen: ScanOutcome[] = []
    const onKey = createWedgeReader((o) => seen.push(o))
    keys.forEach((k, i) => onKey(k, times?.[i] ?? i * 5, inField))
    return seen
  }
  it("turns digits + Enter into a checked code", () => {
    expect(read([..."6970000000017", "Enter"])).toEqual([{ kind: "ean", code: "6970000000017" }])
    expect(read([..."6970000000018", "Enter"])).toEqual([{ kind: "bad-check-digit", code: "6970000000018" }])
  })
  it("leaves keys typed into a field alone and forgets stale digits", () => {
    expect(read([..."6970000000017", "Enter"], undefined, true)).toEqual([])
    const times = [0, ...Array.from({ length: 13 }, (_, i) => 5_000 + i * 5), 5_100]
    expect(read(["9", ..."6970000000017", "Enter"], times)).toEqual([{ kind: "ean", code: "6970000000017" }])
    expect(read([..."123", "Enter"])).toEqual([])
  })
})

describe("cash", () => {
  it("gives the change due or what is still missing", () => {
    expect(cashChange(4_990, 10_000)).toEqual({ change: 5_010, short: 0 })
    expect(cashChange(4_990, 4_990)).toEqual({ change: 0, short: 0 })
    expect(cashChange(4_990, 2_000)).toEqual({ change: 0, short: 2_990 })
  })
  it("suggests the exact amount and the next banknotes", () => {
    expect(quickTenders(4_990)).toEqual([4_990, 5_000, 6_000, 10_000])
    expect(quickTenders(12_345)).toEqual([12_345, 13_000, 14_000, 15_000])
    expect(quickTenders(5_000)).toEqual([5_000, 6_000, 10_000])
  })
  it("reports the counted drawer against the expected amount", () => {
    expect(discrepancy(20_000, 19_950)).toBe(-50)
    expect(discrepancy(20_000, 20_000)).toBe(0)
  })
})

describe("money in fen", () => {
  it("formats integer fen exactly, in both locales", () => {
    expect(formatFen(4_990)).toBe("¥49.90")
    expect(formatFen(123_456_789, "en")).toBe("¥1,234,567.89")
    expect(formatFen(5)).toBe("¥0.05")
    expect(formatFen(-1_050)).toBe("-¥10.50")
    // 0.1 + 0.2 style errors cannot happen: 1,000,000,000.07 yuan stays exact.
    expect(formatFen(100_000_000_007)).toBe("¥1,000,000,000.07")
  })
  it("parses typed yuan into fen without floats", () => {
    expect(parseYuanToFen("12")).toBe(1_200)
    expect(parseYuanToFen("12.5")).toBe(1_250)
    expect(parseYuanToFen("0.07")).toBe(7)
    expect(parseYuanToFen("¥1,234.56")).toBe(123_456)
    expect(parseYuanToFen("1.234")).toBeNull()
    expect(parseYuanToFen("-3")).toBeNull()
    expect(parseYuanToFen("")).toBeNull()
  })
})
