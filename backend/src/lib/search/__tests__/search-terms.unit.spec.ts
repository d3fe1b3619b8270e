import { buildProductSearchQuery, provinceCounts, type ProductSearchParams } from "../product-search-query"
import { toSearchTerms } from "../search-terms"

describe("toSearchTerms", () => {
  it("turns Chinese into character pairs, or the character when it stands alone", () => {
    expect(toSearchTerms("咖啡").terms).toEqual(["咖啡"])
    expect(toSearchTerms("普洱咖啡").terms).toEqual(["普洱", "洱咖", "咖啡"])
    expect(toSearchTerms("茶").terms).toEqual(["茶"])
    expect(toSearchTerms("普洱 茶").terms).toEqual(["普洱", "茶"])
  })

  it("passes pinyin and English through, folded and without punctuation", () => {
    expect(toSearchTerms("KaFei").text).toBe("kafei")
    expect(toSearchTerms("ka fei").terms).toEqual(["ka", "fei"])
    expect(toSearchTerms("Pu'er coffee, 454 g!").terms).toEqual(["pu'er", "coffee", "454", "g"])
    expect(toSearchTerms("普洱kafei").terms).toEqual(["普洱", "kafei"])
    expect(toSearchTerms("ｃｏｆｆｅｅ").text).toBe("coffee")
  })

  it("has no terms for a query of punctuation", () => {
    expect(toSearchTerms(" ，!").text).toBe("")
  })
})

describe("buildProductSearchQuery", () => {
  const now = new Date("2026-06-01T00:00:00Z")
  const scope = { sales_channel_ids: ["sc_1"], now }
  const params = (extra: Partial<ProductSearchParams> = {}): ProductSearchParams => ({ limit: 20, offset: 0, ...extra })

  it("always scopes to the key's sales channels", () => {
    const query = buildProductSearchQuery(params(), null, scope)
    expect(query.entity).toBe("store_product")
    expect(query.filters).toEqual({ sales_channel_ids: ["sc_1"] })
    expect(query.pagination).toEqual({ skip: 0, take: 20 })
  })

  it("sends the translated terms as q, with the last one a prefix", () => {
    const query = buildProductSearchQuery(params({ q: "普洱咖啡" }), toSearchTerms("普洱咖啡"), scope)
    expect(query.filters?.q).toBe("普洱 洱咖 咖啡")
    expect(query.search_options?.match_strategy).toBe("last")
  })

  it("maps the filters onto the index fields", () => {
    const query = buildProductSearchQuery(
      params({ province: ["53"], county: ["530828"], category: ["coffee", "tea"], price_min: 1000, price_max: 9900 }),
      null,
      scope
    )
    expect(query.filters).toMatchObject({
      province_code: ["53"],
      county_code: ["530828"],
      category_handles: ["coffee", "tea"],
      price_fen: { $gte: 1000, $lte: 9900 },
    })
    expect(buildProductSearchQuery(params({ price_max: 500 }), null, scope).filters?.price_fen).toEqual({ $lte: 500 })
  })

  it("decides certified against the certificate's expiry at query time", () => {
    const at = now.getTime()
    expect(buildProductSearchQuery(params({ certified: true }), null, scope).filters?.certified_until).toEqual({ $gt: at })
    expect(buildProductSearchQuery(params({ certified: false }), null, scope).filters?.$or).toEqual([
      { certified_until: { $lte: at } },
      { certified_until: { $exists: false } },
    ])
  })

  it("sorts by price in fen and by the title's pinyin", () => {
    expect(buildProductSearchQuery(params({ sort: "-price" }), null, scope).pagination?.order).toEqual({ price_fen: "DESC" })
    expect(buildProductSearchQuery(params({ sort: "title" }), null, scope).pagination?.order).toEqual({ title_sort: "ASC" })
    expect(buildProductSearchQuery(params({ sort: "relevance" }), null, scope).pagination?.order).toBeUndefined()
  })

  it("asks for disjunctive county and category facets, and province ones once a place is filtered", () => {
    const fields = (extra: Partial<ProductSearchParams>) =>
      buildProductSearchQuery(params(extra), null, scope).search_options?.facets?.map((facet) => (typeof facet === "string" ? facet : facet.field))
    expect(buildProductSearchQuery(params(), null, scope).search_options?.disjunctive_facets).toBe(true)
    expect(fields({})).toEqual(["county_code", "category_handles"])
    expect(fields({ province: ["53"] })).toEqual(["county_code", "category_handles", "province_code"])
    expect(fields({ county: ["530828"] })).toEqual(["county_code", "category_handles", "province_code"])
  })


})

describe("provinceCounts", () => {
  it("adds up the counties of each province, most products first", () => {
    expect(
      provinceCounts([
        { value: "653126", count: 1 },
        { value: "530828", count: 2 },
        { value: "532822", count: 1 },
      ])
    ).toEqual([
      { value: "53", count: 3 },
      { value: "65", count: 1 },
    ])
  })
})
