import { describe, expect, it } from "vitest"
import { formatCNY, formatCompactCNY, parsePrice } from "@/lib/util/money"

describe("formatCNY", () => {
  it("formats yuan with the ¥ sign and two decimals in both locales", () => {
    expect(formatCNY(49.9, "zh")).toBe("¥49.90")
    expect(formatCNY(1234.5, "en")).toBe("¥1,234.50")
    expect(formatCNY(1234.5, "zh")).toBe("¥1,234.50")
  })
  it("treats missing amounts as zero", () => {
    expect(formatCNY(undefined, "zh")).toBe("¥0.00")
    expect(formatCNY(Number.NaN, "en")).toBe("¥0.00")
  })
  it("has a compact form for counters", () => {
    expect(formatCompactCNY(1_300_000_000, "zh")).toBe("¥13亿")
    expect(formatCompactCNY(12_300, "en")).toBe("¥12.3K")
  })
  it("parses typed prices", () => {
    expect(parsePrice("12.5")).toBe(12.5)
    expect(parsePrice("")).toBeUndefined()
    expect(parsePrice("-1")).toBeUndefined()
    expect(parsePrice("abc")).toBeUndefined()
  })
})
