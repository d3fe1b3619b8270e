import { describe, expect, it } from "vitest"
import { formatAddressLine, fromMedusaAddress, readAddress, toMedusaAddress, validateAddress, type CnAddress } from "@/lib/util/address"
import { isMobile, maskMobile, normalizeMobile } from "@/lib/util/phone"

describe("mobile numbers", () => {
  it("accepts mainland mobiles written in the usual ways", () => {
    expect(normalizeMobile("13800138000")).toBe("13800138000")
    expect(normalizeMobile("+86 138 0013 8000")).toBe("13800138000")
    expect(normalizeMobile("0086-139-1234-5678")).toBe("13912345678")
  })
  it("rejects landlines, short numbers and other prefixes", () => {
    expect(isMobile("021-12345678")).toBe(false)
    expect(isMobile("1380013800")).toBe(false)
    expect(isMobile("12800138000")).toBe(false)
    expect(isMobile("")).toBe(false)
  })
  it("masks for display", () => {
    expect(maskMobile("13800138000")).toBe("138****8000")
  })
})

const good: CnAddress = {
  name: "张三",
  mobile: "138 0013 8000",
  province: "上海市",
  city: "上海市",
  district: "浦东新区",
  street: "世纪大道 100 号",
  postal_code: "200120",
}

describe("Chinese addresses", () => {
  it("validates every required field and the mobile number", () => {
    expect(validateAddress(good)).toEqual({})
    expect(validateAddress({ ...good, district: " ", mobile: "12345" })).toEqual({ district: "required", mobile: "mobile" })
    expect(validateAddress({ ...good, postal_code: "2001" })).toEqual({ postal_code: "postalCode" })
  })
  it("reads a form with an optional prefix", () => {
    const f = new FormData()
    for (const [k, v] of Object.entries(good)) f.set(`shipping_${k}`, ` ${v} `)
    expect(readAddress(f, "shipping_")).toEqual(good)
  })
  it("maps to Medusa's address and back (district in address_2 and metadata)", () => {
    const m = toMedusaAddress(good)
    expect(m).toMatchObject({ first_name: "张三", phone: "13800138000", province: "上海市", city: "上海市", address_1: "世纪大道 100 号", address_2: "浦东新区", country_code: "cn" })
    expect(fromMedusaAddress(m)).toEqual({ ...good, mobile: "13800138000" })
  })
  it("writes one line in Chinese order without repeating a municipality", () => {
    expect(formatAddressLine(good)).toBe("上海市 浦东新区 世纪大道 100 号")
  })
})
