import { describe, expect, it } from "vitest"
import { fenToYuan, formatChange, formatCompact, formatMoney, formatPercent } from "../../src/lib/format"

describe("fen to yuan", () => {
  it("is exact to the fen, negative amounts included", () => {
    expect(fenToYuan(0)).toBe("0.00")
    expect(fenToYuan(5)).toBe("0.05")
    expect(fenToYuan(123456)).toBe("1234.56")
    expect(fenToYuan(-123456)).toBe("-1234.56")
    // beyond float-safe yuan arithmetic: 0.1 + 0.2 style errors would show here
    expect(fenToYuan(900719925474099)).toBe("9007199254740.99")
  })

  it("groups thousands with the yuan sign", () => {
    expect(formatMoney(123456789)).toBe("¥1,234,567.89")
    expect(formatMoney(-100)).toBe("-¥1.00")
    expect(formatMoney(99)).toBe("¥0.99")
  })
})

describe("compact amounts", () => {
  it("uses 万 and 亿 in Chinese", () => {
    expect(formatCompact(999_999, "zh")).toBe("¥9,999.99") // under 1 万 yuan: exact
    expect(formatCompact(1_000_000, "zh")).toBe("¥1.00万")
    expect(formatCompact(123_456_789, "zh")).toBe("¥123.46万")
    expect(formatCompact(9_999_999_999, "zh")).toBe("¥10,000.00万")
    expect(formatCompact(10_000_000_000, "zh")).toBe("¥1.00亿")
    expect(formatCompact(1_234_567_890_123, "zh")).toBe("¥123.46亿")
    expect(formatCompact(-250_000_000, "zh")).toBe("-¥250.00万")
  })

  it("uses K, M and B in English", () => {
    expect(formatCompact(99_999, "en")).toBe("¥999.99")
    expect(formatCompact(123_456, "en")).toBe("¥1.23K")
    expect(formatCompact(123_456_789, "en")).toBe("¥1.23M")
    expect(formatCompact(250_000_000_000, "en")).toBe("¥2.50B")
  })
})

describe("ratios", () => {
  it("shows percentages with two decimals, or a dash without a ratio", () => {
    expect(formatPercent(0.3702)).toBe("37.02%")
    expect(formatPercent(1.5)).toBe("150.00%")
    expect(formatPercent(null)).toBe("—")
    expect(formatChange(0.125)).toBe("+12.50%")
    expect(formatChange(-0.03)).toBe("-3.00%")
    expect(formatChange(0)).toBe("0.00%")
  })
})
