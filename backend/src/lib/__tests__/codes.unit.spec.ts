import { creditCodeCheckChar, creditCodeError } from "../credit-code"
import { countyCodeError, lookupCounty } from "../division"
import { ean13CheckDigit, ean13For, isValidEan13 } from "../ean13"

describe("unified social credit code", () => {
  // Published codes of real enterprises (check characters computed by the registries).
  it.each(["91110000802100433B", "91310000MA1FL1MMXL"])(
    "accepts %s",
    (code) => {
      expect(creditCodeError(code)).toBeNull()
    }
  )

  it("names the expected check character when it is wrong", () => {
    expect(creditCodeError("91110000802100433C")).toBe("check character should be B")
  })

  it("rejects letters outside the code's alphabet and wrong lengths", () => {
    expect(creditCodeError("91110000802100433")).toMatch(/18 characters/)
    expect(creditCodeError("9111000080210O433B")).toMatch(/18 characters/)
  })

  it("computes a check character that makes the code valid", () => {
    const first17 = "93530825MA6N0K2Q7"
    expect(creditCodeError(first17 + creditCodeCheckChar(first17))).toBeNull()
  })
})

describe("GB/T 2260 county codes", () => {
  it("finds Shache county with its prefecture and province", () => {
    expect(lookupCounty("653125")).toEqual({
      code: "653125",
      name: "莎车县",
      prefecture_code: "6531",
      prefecture_name: "喀什地区",
      province_code: "65",
      province_name: "新疆维吾尔自治区",
    })
  })

  it("rejects malformed and unknown codes", () => {
    expect(countyCodeError("65312")).toMatch(/6-digit/)
    expect(countyCodeError("659999")).toMatch(/not a county-level division/)
    expect(countyCodeError("653125")).toBeNull()
  })
})

describe("EAN-13", () => {
  it("verifies real barcodes", () => {
    expect(isValidEan13("6901028075831")).toBe(true)
    expect(isValidEan13("6901028075832")).toBe(false)
    expect(ean13CheckDigit("400638133393")).toBe(1)
  })

  it("numbers catalogue items with a valid check digit", () => {
    const code = ean13For("6970", 42)
    expect(code).toHaveLength(13)
    expect(code.startsWith("69700000004")).toBe(true)
    expect(isValidEan13(code)).toBe(true)
  })
})
