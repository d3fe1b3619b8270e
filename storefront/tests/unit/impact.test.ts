import { describe, expect, it } from "vitest"
import { computeImpact, lineTotal, yearStartShanghai } from "@/lib/util/impact"

const county = (code: string, name_zh: string) => ({ code, name_zh, name_en: name_zh, prefecture: { code: code.slice(0, 4), name_zh: "p", name_en: "p", province: { code: code.slice(0, 2), name_zh: "省", name_en: "Prov" } } })

describe("yearStartShanghai", () => {
  it("is 1 January 00:00 in Shanghai (UTC+8)", () => {
    expect(yearStartShanghai(new Date("2026-06-01T00:00:00Z")).toISOString()).toBe("2025-12-31T16:00:00.000Z")
    // 31 Dec 2026 20:00 UTC is already 2027 in Shanghai
    expect(yearStartShanghai(new Date("2026-12-31T20:00:00Z")).toISOString()).toBe("2026-12-31T16:00:00.000Z")
  })
})

describe("computeImpact", () => {
  const since = new Date("2025-12-31T16:00:00Z")
  const products = [
    { id: "p1", county: county("530828", "澜沧") },
    { id: "p2", county: county("653125", "莎车") },
    { id: "p3", county: null },
  ]
  const orders = [
    { id: "o1", created_at: "2026-03-01T00:00:00Z", status: "pending", items: [{ product_id: "p1", total: 136, quantity: 2 }, { product_id: "p2", total: 88, quantity: 1 }] },
    { id: "o2", created_at: "2026-04-01T00:00:00Z", status: "completed", items: [{ product_id: "p1", unit_price: 68, quantity: 1 }, { product_id: "p3", total: 10, quantity: 1 }] },
    { id: "o3", created_at: "2026-04-02T00:00:00Z", status: "canceled", items: [{ product_id: "p1", total: 1000, quantity: 1 }] },
    { id: "o4", created_at: "2025-12-31T15:59:59Z", status: "completed", items: [{ product_id: "p2", total: 500, quantity: 1 }] },
  ]

  it("sums line totals per county for this year's orders, canceled ones left out", () => {
    const r = computeImpact(orders as never, products, since)
    expect(r.year).toBe(2026)
    expect(r.total).toBe(302)
    expect(r.unattributed).toBe(10)
    expect(r.counties.map((c) => [c.county.code, c.amount, c.quantity, c.orders])).toEqual([
      ["530828", 204, 3, 2],
      ["653125", 88, 1, 1],
    ])
    expect(r.counties[0]!.county.province?.code).toBe("53")
  })

  it("is empty without orders", () => {
    expect(computeImpact([], products, since)).toEqual({ year: 2026, total: 0, counties: [], unattributed: 0 })
  })

  it("falls back from total to subtotal to unit price × quantity", () => {
    expect(lineTotal({ total: 5, subtotal: 4 })).toBe(5)
    expect(lineTotal({ subtotal: 4 })).toBe(4)
    expect(lineTotal({ unit_price: 2.5, quantity: 3 })).toBe(7.5)
  })
})
