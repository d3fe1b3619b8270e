import { normalizeMobile } from "./phone"

/** A Chinese delivery address as the shopper types it: 省 / 市 / 区(县) / 街道门牌. */
export type CnAddress = {
  name: string
  mobile: string
  province: string
  city: string
  district: string
  street: string
  postal_code?: string
}

export type AddressField = keyof CnAddress
/** Message keys under "address.errors" */
export type AddressError = "required" | "mobile" | "postalCode" | "tooLong"
export type AddressErrors = Partial<Record<AddressField, AddressError>>

const REQUIRED: AddressField[] = ["name", "mobile", "province", "city", "district", "street"]

export function readAddress(form: FormData, prefix = ""): CnAddress {
  const get = (k: string) => String(form.get(prefix + k) ?? "").trim()
  return {
    name: get("name"),
    mobile: get("mobile"),
    province: get("province"),
    city: get("city"),
    district: get("district"),
    street: get("street"),
    postal_code: get("postal_code") || undefined,
  }
}

export function validateAddress(a: CnAddress): AddressErrors {
  const errors: AddressErrors = {}
  for (const k of REQUIRED) {
    if (!a[k] || String(a[k]).trim() === "") errors[k] = "required"
    else if (String(a[k]).length > 120) errors[k] = "tooLong"
  }
  if (!errors.mobile && !normalizeMobile(a.mobile)) errors.mobile = "mobile"
  if (a.postal_code && !/^\d{6}$/.test(a.postal_code)) errors.postal_code = "postalCode"
  return errors
}

/** Medusa address fields: province → province, city → city, district → address_2, street → address_1. */
export type MedusaAddressInput = {
  first_name: string
  last_name: string
  phone: string
  province: string
  city: string
  address_1: string
  address_2: string
  postal_code: string
  country_code: "cn"
  metadata: { district: string }
}

export function toMedusaAddress(a: CnAddress): MedusaAddressInput {
  return {
    first_name: a.name,
    last_name: "",
    phone: normalizeMobile(a.mobile) ?? a.mobile,
    province: a.province,
    city: a.city,
    address_1: a.street,
    address_2: a.district,
    postal_code: a.postal_code ?? "",
    country_code: "cn",
    metadata: { district: a.district },
  }
}

type MedusaAddressLike = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

export function fromMedusaAddress(m: MedusaAddressLike | null | undefined): CnAddress {
  const district = typeof m?.metadata?.district === "string" ? m.metadata.district : (m?.address_2 ?? "")
  return {
    name: [m?.first_name, m?.last_name].filter(Boolean).join(" "),
    mobile: m?.phone ?? "",
    province: m?.province ?? "",
    city: m?.city ?? "",
    district,
    street: m?.address_1 ?? "",
    postal_code: m?.postal_code ?? undefined,
  }
}

/** One line, Chinese order: 上海市 浦东新区 世纪大道 100 号. */
export function formatAddressLine(a: CnAddress): string {
  const parts = [a.province, a.city === a.province ? "" : a.city, a.district, a.street]
  return parts.filter(Boolean).join(" ")
}
