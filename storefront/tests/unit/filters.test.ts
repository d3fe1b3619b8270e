import { describe, expect, it } from "vitest"
import { applyListParams, listQuery, parseListParams } from "@/lib/util/filters"
import { product } from "../fixtures"

describe("parseListParams", () => {
  it("reads a list URL and drops what is not valid", () => {
    expect(parseListParams({ q: " 咖啡 ", province: "53", county: "x", category: "coffee", min: "20", max: "10", certified: "1", sort: "price_asc", page: "3" })).toEqual({
      q: "咖啡",
      province: "53",
      county: undefined,
      category: "coffee",
      min: 10,
      max: 20,
      certified: true,
      sort: "price_asc",
      page: 3,
    })
    expect(parseListParams({ sort: "nonsense", page: "-4", category: "../etc", min: "abc" })).toMatchObject({ sort: "featured", page: 1, category: undefined, min: undefined })
    expect(parseListParams({ q: ["a", "b"] }).q).toBe("a")
  })
})

describe("listQuery", () => {
  it("writes only what differs from the defaults, in a stable order", () => {
    expect(listQuery({ sort: "featured", page: 1 })).toBe("")
    expect(listQuery({ q: "茶", sort: "price_desc", page: 2, certified: true, province: "53" })).toBe("?q=%E8%8C%B6&province=53&certified=1&sort=price_desc&page=2")
  })
  it("lets overrides remove a key", () => {
    expect(listQuery({ q: "茶", province: "53", sort: "featured", page: 1 }, { province: undefined })).toBe("?q=%E8%8C%B6")
  })
})

describe("applyListParams", () => {
  const now = new Date("2026-06-01T00:00:00Z")
  const products = [
    product({ id: "a", price: 68, prices: [68, 128], province: "53", county: "530828", categories: ["coffee"], created_at: "2026-01-03T00:00:00Z" }),
    product({ id: "b", price: 78, province: "53", county: "530521", categories: ["coffee"], certified: "expired", created_at: "2026-01-05T00:00:00Z" }),
    product({ id: "c", price: 88, province: "65", county: "653125", categories: ["fruit-nuts"], created_at: "2026-01-04T00:00:00Z" }),
    product({ id: "d", price: 30, province: "65", county: "653126", categories: ["fruit-nuts", "other"], certified: "none", created_at: "2026-01-01T00:00:00Z" }),
  ]
  const base = { sort: "featured" as const, page: 1 }

  it("filters by province, county, category, price range and valid certification", () => {
    const ids = (f: Parameters<typeof applyListParams>[1]) => applyListParams(products, f, now).products.map((p) => p.id)
    expect(ids({ ...base, province: "65" })).toEqual(["c", "d"])
    expect(ids({ ...base, county: "530521" })).toEqual(["b"])
    expect(ids({ ...base, category: "other" })).toEqual(["d"])
    expect(ids({ ...base, min: 60, max: 80 })).toEqual(["a", "b"])
    expect(ids({ ...base, certified: true })).toEqual(["a", "c"])
  })

  it("counts each facet over the other filters", () => {
    const r = applyListParams(products, { ...base, province: "53", category: "coffee" }, now)
    expect(r.count).toBe(2)
    expect(r.facets.province).toEqual([{ value: "53", count: 2 }])
    expect(r.facets.category).toEqual([{ value: "coffee", count: 2 }])
    expect(r.facets.county.map((f) => f.value).sort()).toEqual(["530521", "530828"])
    expect(r.priceRange).toEqual({ min: 30, max: 88 })
  })

  it("sorts by price (lowest variant) and by newest", () => {
    expect(applyListParams(products, { ...base, sort: "price_asc" }, now).products.map((p) => p.id)).toEqual(["d", "a", "b", "c"])
    expect(applyListParams(products, { ...base, sort: "price_desc" }, now).products.map((p) => p.id)).toEqual(["c", "b", "a", "d"])
    expect(applyListParams(products, { ...base, sort: "newest" }, now).products.map((p) => p.id)).toEqual(["b", "c", "a", "d"])
  })

  it("pages and clamps the page number", () => {
    const r = applyListParams(products, { ...base, page: 9 }, now, 3)
    expect(r).toMatchObject({ page: 2, pageCount: 2, count: 4 })
    expect(r.products.map((p) => p.id)).toEqual(["d"])
  })
})
