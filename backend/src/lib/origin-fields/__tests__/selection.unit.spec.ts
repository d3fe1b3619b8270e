import { pick, PrivateOriginField, splitOriginFields } from "../selection"

describe("splitOriginFields", () => {
  it("takes the explicit public origin fields out of a storefront's list", () => {
    expect(splitOriginFields("id,title,*variants.calculated_price,+county.code,+county.prefecture.province.name_zh,+certification.number")).toEqual({
      rest: "id,title,*variants.calculated_price",
      origin: { county: { code: true, prefecture: { province: { name_zh: true } } }, certification: { number: true } },
    })
  })

  it("keeps Medusa's default fields for + origin fields alone, and only the id for plain ones", () => {
    expect(splitOriginFields("+county.code")?.rest).toBe("+id")
    expect(splitOriginFields("county.code,supplier.name")?.rest).toBe("id")
  })

  it("leaves to Medusa a query without origin fields", () => {
    expect(splitOriginFields(undefined)).toBeNull()
    expect(splitOriginFields("id,title")).toBeNull()
    // a field that merely starts like a relation is not one
    expect(splitOriginFields("+countyish.code")).toBeNull()
  })

  it("reads a wildcard or a bare relation as its public fields, and drops removals", () => {
    expect(splitOriginFields("+county.code,*supplier")?.origin).toEqual({ county: { code: true }, supplier: { id: true, name: true, type: true } })
    expect(splitOriginFields("+supplier.county.*")?.origin).toEqual({ supplier: { county: { id: true, code: true, name_zh: true, name_en: true } } })
    expect(splitOriginFields("+county.prefecture")?.origin).toEqual({ county: { prefecture: { code: true, name_zh: true, name_en: true } } })
    expect(splitOriginFields("title,-county.code")).toEqual({ rest: "title", origin: {} })
  })

  it("refuses a private field, or a wildcard over a relation that is not public, naming it", () => {
    for (const [fields, field] of [
      ["+supplier.credit_code", "supplier.credit_code"],
      ["id,supplier.households_linked", "supplier.households_linked"],
      ["-supplier.contact_phone", "supplier.contact_phone"],
      ["*county.suppliers", "county.suppliers"],
      ["+county.products.id", "county.products.id"],
      ["+county.story_zh", "county.story_zh"],
    ]) {
      expect(() => splitOriginFields(fields)).toThrow(new PrivateOriginField(field))
    }
    expect(() => splitOriginFields("+supplier.credit_code")).toThrow("fields: supplier.credit_code is not public")
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

describe("splitOriginFields keeps Medusa's field modifiers", () => {
  it("reads an unencoded + (a space) as +, and keeps replacing the defaults when an origin field did", () => {
    expect(splitOriginFields(" county.code, title")).toEqual({ rest: " title", origin: { county: { code: true } } })
    expect(splitOriginFields("county.code,+title")?.rest).toBe("+title,id")
    expect(splitOriginFields("county.code,*variants")?.rest).toBe("*variants,id")
  })
})
