import { pick, splitOriginFields } from "../selection"

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

  it("leaves to Medusa what it does not read itself", () => {
    expect(splitOriginFields(undefined)).toBeNull()
    expect(splitOriginFields("id,title")).toBeNull()
    expect(splitOriginFields("+county.code,*certification")).toBeNull()
    expect(splitOriginFields("+county.*")).toBeNull()
    expect(splitOriginFields("+supplier.credit_code")).toBeNull()
    expect(splitOriginFields("-county.code")).toBeNull()
    // a field that merely starts like a relation is not one
    expect(splitOriginFields("+countyish.code")).toBeNull()
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
