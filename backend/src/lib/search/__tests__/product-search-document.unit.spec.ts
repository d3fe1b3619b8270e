import { toProductSearchDocument, type ProductSearchRow } from "../product-search-document"

const coffee: ProductSearchRow = {
  id: "prod_1",
  handle: "lancang-coffee",
  title: "澜沧普洱咖啡 454g",
  subtitle: null,
  thumbnail: null,
  status: "published",
  sales_channels: [{ id: "sc_1" }, null],
  title_en: "Lancang Pu'er coffee, 454 g",
  categories: [
    { handle: "coffee", name: "咖啡", name_en: "Coffee", is_active: true, is_internal: false },
    { handle: "staff-picks", name: "内部", name_en: null, is_active: true, is_internal: true },
  ],
  county: {
    code: "530828",
    name_zh: "澜沧拉祜族自治县",
    name_en: "Lancang",
    specialty_zh: "普洱咖啡",
    specialty_en: "Pu'er coffee",
    prefecture: { name_zh: "普洱市", name_en: "Pu'er", province: { code: "53", name_zh: "云南省", name_en: "Yunnan" } },
  },
  certification: { expires_at: "2027-12-31T00:00:00.000Z" },
  variants: [{ calculated_price: { calculated_amount: 88 } }, { calculated_price: { calculated_amount: 45.5 } }, { calculated_price: null }],
}

describe("toProductSearchDocument", () => {
  it("flattens the product's origin, categories, certificate and cheapest CNY price", () => {
    expect(toProductSearchDocument(coffee)).toMatchObject({
      id: "prod_1",
      title_en: "Lancang Pu'er coffee, 454 g",
      sales_channel_ids: ["sc_1"],
      county_code: "530828",
      county_name_zh: "澜沧拉祜族自治县",
      province_code: "53",
      province_name_en: "Yunnan",
      category_handles: ["coffee"],
      category_names_zh: ["咖啡"],
      category_names_en: ["Coffee"],
      certified_until: "2027-12-31T00:00:00.000Z",
      price_fen: 4550,
    })
  })

  it("builds the searchable terms from the title and its English translation, and from origin and categories", () => {
    const document = toProductSearchDocument(coffee)!
    expect(document.title_terms.split(" ")).toEqual(expect.arrayContaining(["咖啡", "kafei", "coffee", "lancang"]))
    expect(document.origin_terms.split(" ")).toEqual(expect.arrayContaining(["云南", "yunnan", "拉祜", "lahu", "普洱", "coffee"]))
  })

  it("leaves administrative suffixes out of the origin terms", () => {
    const terms = toProductSearchDocument(coffee)!.origin_terms.split(" ")
    expect(terms).not.toContain("自治")
    expect(terms).not.toContain("云南省")
    expect(terms).not.toContain("洱市")
  })

  it("sorts titles by their pinyin", () => {
    expect(toProductSearchDocument(coffee)!.title_sort).toBe("lan cang pu er ka fei 454g")
  })

  it("keeps a category without an English name aligned with its handle", () => {
    const tea = { ...coffee, categories: [{ handle: "tea", name: "茶叶", name_en: null, is_active: true, is_internal: false }] }
    expect(toProductSearchDocument(tea)).toMatchObject({ category_handles: ["tea"], category_names_en: ["茶叶"] })
  })

  it("leaves out what a product does not have", () => {
    const bare = { ...coffee, county: null, certification: null, variants: [], categories: null, sales_channels: null, title_en: null }
    expect(toProductSearchDocument(bare)).toMatchObject({
      title_en: null,
      county_code: null,
      province_code: null,
      certified_until: null,
      price_fen: null,
      category_handles: [],
      sales_channel_ids: [],
    })
  })

  it("has no document for a product a storefront must not find", () => {
    expect(toProductSearchDocument({ ...coffee, status: "draft" })).toBeNull()
  })
})
