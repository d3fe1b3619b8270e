import { describe, expect, it } from "vitest"
import { fenToYuan, formatCompactYuan, formatYuan, multiplyToFen, parseYuanToFen, toFen, toFenBigInt } from "../money"

describe("fenToYuan / formatYuan", () => {
  it("keeps the sign once for negative amounts", () => {
    expect(fenToYuan(-150)).toBe("-1.50")
    expect(fenToYuan(-5)).toBe("-0.05")
    expect(formatYuan(-150)).toBe("-¥1.50")
    expect(formatYuan(-123456789)).toBe("-¥1,234,567.89")
  })
  it("formats zero and small amounts", () => {
    expect(fenToYuan(0)).toBe("0.00")
    expect(fenToYuan(7)).toBe("0.07")
    expect(formatYuan(99)).toBe("¥0.99")
  })
  it("is exact for large amounts, bigint included", () => {
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe("90071992547409.91")
    expect(fenToYuan(12_345_678_901_234_567_890n)).toBe("123456789012345678.90")
    expect(formatYuan(-12_345_678_901_234_567_890n)).toBe("-¥123,456,789,012,345,678.90")
  })
  it("refuses fractions of a fen and unsafe numbers", () => {
    expect(() => fenToYuan(1.5)).toThrow(/whole number of fen/)
    expect(() => fenToYuan(2 ** 60)).toThrow(/whole number of fen/)
  })
})

describe("formatCompactYuan", () => {
  it("uses 万 and 亿 in Chinese", () => {
    expect(formatCompactYuan(1_234_567_890_123, "zh")).toBe("¥123.46亿")
    expect(formatCompactYuan(45_678_900, "zh")).toBe("¥45.68万")
    expect(formatCompactYuan(1_000_000, "zh")).toBe("¥1.00万")
    expect(formatCompactYuan(999_999, "zh")).toBe("¥9,999.99")
  })
  it("uses K / M / B in English", () => {
    expect(formatCompactYuan(123_456_789, "en")).toBe("¥1.23M")
    expect(formatCompactYuan(4_567_890, "en")).toBe("¥45.68K")
    expect(formatCompactYuan(130_000_000_000_000n, "en")).toBe("¥1,300.00B")
  })
  it("rounds half away from zero, negative amounts too", () => {
    expect(formatCompactYuan(1_005_000, "zh")).toBe("¥1.01万")
    expect(formatCompactYuan(-1_005_000, "zh")).toBe("-¥1.01万")
    expect(formatCompactYuan(-150, "zh")).toBe("-¥1.50")
  })
  it("works past 2^53 fen", () => {
    expect(formatCompactYuan(123_456_789_012_345_678_900n, "zh")).toBe("¥12,345,678,901.23亿")
  })
})

describe("toFen", () => {
  it("converts Medusa amounts exactly", () => {
    expect(toFen(49.9)).toBe(4990)
    expect(toFen("0.1")).toBe(10)
    expect(toFen({ value: "1234.56" })).toBe(123456)
    expect(toFen({ toJSON: () => "19.99" })).toBe(1999)
    expect(toFen(null)).toBe(0)
  })
  it("rounds the third decimal half away from zero", () => {
    expect(toFen("1.005")).toBe(101)
    expect(toFen("1.0049999")).toBe(100)
    expect(toFen("-1.005")).toBe(-101)
    expect(toFen("-0.001")).toBe(0)
    expect(Object.is(toFen("-0.001"), -0)).toBe(false)
  })
  it("refuses what is not a decimal or too large", () => {
    expect(() => toFen("abc")).toThrow(/not a decimal/)
    expect(() => toFen(1e21)).toThrow(/cannot be converted/)
    expect(() => toFen("100000000000000000")).toThrow(/too large/)
    expect(toFenBigInt("100000000000000000")).toBe(10_000_000_000_000_000_000n)
  })
  it("multiplies price by quantity without floating point", () => {
    expect(multiplyToFen("0.1", 3)).toBe(30)
    expect(multiplyToFen("19.995", "2")).toBe(3999)
    expect(multiplyToFen("-2.345", 1)).toBe(-235)
  })
})

describe("parseYuanToFen", () => {
  it("reads what a clerk types", () => {
    expect(parseYuanToFen("12")).toBe(1200)
    expect(parseYuanToFen("12.5")).toBe(1250)
    expect(parseYuanToFen("¥1,234.05")).toBe(123405)
  })
  it("refuses signs, three decimals and letters", () => {
    expect(parseYuanToFen("-1")).toBeNull()
    expect(parseYuanToFen("1.234")).toBeNull()
    expect(parseYuanToFen("1e3")).toBeNull()
  })
})
