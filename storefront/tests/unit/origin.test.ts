import { describe, expect, it } from "vitest"
import { classifyError } from "@/lib/data/errors"
import {
  certificationStatus,
  currentPairing,
  districtOf,
  minPrice,
  nameOf,
  originalPrice,
  specialtyOf,
  stockState,
} from "@/lib/util/origin"
import { allCounties, featuredCounties, findPrefecture, findProvince, placeOptions } from "@/lib/util/places"
import { product, TREE } from "../fixtures"

describe("origin helpers", () => {
  it("names things in the shopper's language with a fallback", () => {
    expect(nameOf({ name_zh: "澜沧", name_en: "Lancang" }, "en")).toBe("Lancang")
    expect(nameOf({ name_zh: "澜沧", name_en: "" }, "en")).toBe("澜沧")
    expect(nameOf(null, "zh")).toBe("")
  })

  it("prefers the name the store answered in the page's locale (Translation Module)", () => {
    expect(nameOf({ name: "Yarkant County", name_zh: "莎车县", name_en: "Shache (Yarkant)" }, "en")).toBe("Yarkant County")
    expect(nameOf({ name: "莎车县", name_zh: "莎车县", name_en: "Shache (Yarkant)" }, "zh")).toBe("莎车县")
    expect(specialtyOf({ specialty: "almonds", specialty_zh: "巴旦木", specialty_en: "Almonds" }, "en")).toBe("almonds")
    expect(specialtyOf({ specialty_zh: "巴旦木", specialty_en: "almonds" }, "en")).toBe("almonds")
  })

  it("finds the pairing valid today", () => {
    const pairings = [
      { district_zh: "旧区", district_en: "Old", relation_type: "counterpart", valid_from: "2016-01-01T00:00:00Z", valid_to: "2021-01-01T00:00:00Z" },
      { district_zh: "黄浦区", district_en: "Huangpu", relation_type: "east_west", valid_from: "2021-01-01T00:00:00Z", valid_to: null },
    ]
    expect(districtOf(currentPairing(pairings, new Date("2026-05-01")), "zh")).toBe("黄浦区")
    expect(districtOf(currentPairing(pairings, new Date("2018-05-01")), "en")).toBe("Old")
    expect(currentPairing(pairings, new Date("2010-01-01"))).toBeNull()
    expect(currentPairing(null)).toBeNull()
  })

  it("tells valid, expired and missing certifications apart", () => {
    const now = new Date("2026-06-01")
    expect(certificationStatus({ number: "X", issued_at: "2022-01-01", expires_at: "2027-12-31" }, now)).toBe("valid")
    expect(certificationStatus({ number: "X", issued_at: "2022-01-01", expires_at: "2025-12-31" }, now)).toBe("expired")
    expect(certificationStatus({ number: "X", issued_at: "2027-01-01", expires_at: null }, now)).toBe("expired")
    expect(certificationStatus(null, now)).toBe("none")
  })

  it("prices a product by its cheapest variant", () => {
    const p = product({ id: "p", prices: [128, 68] })
    expect(minPrice(p)).toBe(68)
    expect(originalPrice(p)).toBeNull()
    expect(minPrice({ variants: [] })).toBeNull()
    const sale = { variants: [{ calculated_price: { calculated_amount: 50, original_amount: 80 } }] } as never
    expect(originalPrice(sale)).toBe(80)
  })

  it("says when a variant is out of stock or low", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 0 })).toBe("out")
    expect(stockState({ manage_inventory: true, inventory_quantity: 3 })).toBe("low")
    expect(stockState({ manage_inventory: true, inventory_quantity: 50 })).toBe("in_stock")
    expect(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toBe("in_stock")
    expect(stockState({ manage_inventory: false, inventory_quantity: 0 })).toBe("in_stock")
  })
})

describe("places", () => {
  it("walks the region tree", () => {
    expect(allCounties(TREE)).toHaveLength(5)
    expect(findProvince(TREE, "65")?.name_en).toBe("Xinjiang")
    expect(findProvince(TREE, "99")).toBeNull()
    expect(findPrefecture(TREE, "5305")?.province.code).toBe("53")
  })
  it("features stocked counties from every province in turn", () => {
    expect(featuredCounties(TREE, 3).map((c) => c.county.code)).toEqual(["530521", "653125", "530828"])
  })
  it("gives filter options with each county's province", () => {
    const o = placeOptions(TREE)
    expect(o.provinces.map((p) => p.code)).toEqual(["53", "65"])
    expect(o.counties.find((c) => c.code === "653125")?.province).toBe("65")
  })
})

describe("classifyError", () => {
  const err = (message: string, status?: number) => Object.assign(new Error(message), { status })
  it("maps API errors to what a shopper can act on", () => {
    expect(classifyError(err("Variant variant_1 does not have the required inventory", 400), "cart")).toBe("outOfStock")
    expect(classifyError(err("Cart id not found", 404), "cart")).toBe("cartNotFound")
    expect(classifyError(err("Invalid email or password", 401), "auth")).toBe("invalidCredentials")
    expect(classifyError(err("Identity with email already exists", 400), "register")).toBe("emailTaken")
    expect(classifyError(err("Payment authorization failed", 400), "payment")).toBe("paymentFailed")
    expect(classifyError(err("Invalid province", 400), "checkout")).toBe("invalidAddress")
    expect(classifyError(new TypeError("fetch failed"), "other")).toBe("network")
    expect(classifyError(err("boom", 500))).toBe("unknown")
  })
})
