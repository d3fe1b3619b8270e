import { ALL_PUBLIC_ORIGIN_FIELDS, parseOriginFields, pick, PrivateOriginField, PUBLIC_ORIGIN_FIELDS } from "../selection"

describe("parseOriginFields", () => {
  it("reads a storefront's origin fields as a tree", () => {
    expect(parseOriginFields(["county.code", "county.prefecture.province.name_zh", "certification.number"])).toEqual({
      county: { code: true, prefecture: { province: { name_zh: true } } },
      certification: { number: true },
    })
  })

  it("reads a wildcard or a bare relation as its public fields", () => {
    expect(parseOriginFields(["county.code", "supplier.*"])).toEqual({ county: { code: true }, supplier: { id: true, name: true, type: true } })
    expect(parseOriginFields(["supplier.county.*"])).toEqual({ supplier: { county: { id: true, code: true, name_zh: true, name_en: true } } })
    expect(parseOriginFields(["county.prefecture"])).toEqual({ county: { prefecture: { code: true, name_zh: true, name_en: true } } })
  })

  it("answers every public field, and only those, when no fields are named", () => {
    const all = parseOriginFields(ALL_PUBLIC_ORIGIN_FIELDS)
    const paths = (node: object, prefix = ""): string[] =>
      Object.entries(node).flatMap(([k, v]) => (v === true ? [`${prefix}${k}`] : paths(v, `${prefix}${k}.`)))
    const expected = Object.entries(PUBLIC_ORIGIN_FIELDS).flatMap(([relation, columns]) => columns.map((c) => `${relation}.${c}`))
    expect(paths(all).sort()).toEqual(expected.sort())
  })

  it("refuses a private field, a wildcard over a relation that is not public, or a non-origin field, naming it", () => {
    for (const [field, named] of [
      ["supplier.credit_code", "supplier.credit_code"],
      ["supplier.households_linked", "supplier.households_linked"],
      ["county.suppliers.*", "county.suppliers"],
      ["county.products.id", "county.products.id"],
      ["county.story_zh", "county.story_zh"],
      ["title", "title"],
      ["countyish.code", "countyish.code"],
      ["+county.code", "+county.code"],
    ]) {
      expect(() => parseOriginFields([field])).toThrow(new PrivateOriginField(named))
    }
    expect(() => parseOriginFields(["supplier.credit_code"])).toThrow("fields: supplier.credit_code is not public")
  })
})

describe("pick", () => {
  it("keeps ids and the requested fields, element by element in lists, and drops missing relations", () => {
    const county = {
      id: "cty_1",
      code: "530828",
      name_zh: "澜沧",
      prefecture: null,
      pairings: [{ id: "pair_1", district_zh: "闵行区", relation_type: "east_west" }],
    }
    expect(pick(county, { code: true, prefecture: { code: true }, pairings: { district_zh: true } })).toEqual({
      id: "cty_1",
      code: "530828",
      pairings: [{ id: "pair_1", district_zh: "闵行区" }],
    })
  })
})
