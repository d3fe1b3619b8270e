// The operators' origin routes (/admin/origins/*, /admin/products/:id/origin) used by the Medusa
// admin's origin, supplier and certification pages and the product widget. Each record as its
// default fields give it (api/admin/origins/records.ts); `?fields=` can ask for fewer, or add
// relations such as `products`. `Time` is string on the wire (ISO 8601), Date in the backend.
import type { RelationType, SupplierType } from "./enums"

type Place = { code: string; name_zh: string; name_en: string }
/** A product a record is linked to, when `+products.id,+products.title` is asked for. */
export type LinkedProduct = { id: string; title: string }

export type AdminPairing<Time = string> = {
  id: string
  county_id: string
  district_zh: string | null
  district_en: string | null
  relation_type: RelationType
  valid_from: Time
  valid_to: Time | null
  county?: { code: string; name_zh: string } | null
}

export type AdminCounty<Time = string> = Place & {
  id: string
  verified: boolean
  specialty_zh: string | null
  specialty_en: string | null
  story_zh: string | null
  story_en: string | null
  prefecture: Place & { province: Place }
  pairings: AdminPairing<Time>[]
  products?: LinkedProduct[] | null
}

export type AdminSupplier = {
  id: string
  name: string
  type: SupplierType
  credit_code: string
  households_linked: number
  contact_phone: string | null
  county_id: string
  county?: { code: string; name_zh: string } | null
  products?: LinkedProduct[] | null
}

export type AdminCertification<Time = string> = {
  id: string
  number: string
  issuer: string
  issued_at: Time
  expires_at: Time
  products?: LinkedProduct[] | null
}

type Page = { count: number; offset: number; limit: number }
export type AdminCountiesResponse<Time = string> = Page & { counties: AdminCounty<Time>[] }
export type AdminCountyResponse<Time = string> = { county: AdminCounty<Time> }
export type AdminPairingsResponse<Time = string> = Page & { pairings: AdminPairing<Time>[] }
export type AdminPairingResponse<Time = string> = { pairing: AdminPairing<Time> }
export type AdminSuppliersResponse = Page & { suppliers: AdminSupplier[] }
export type AdminSupplierResponse = { supplier: AdminSupplier }
export type AdminCertificationsResponse<Time = string> = Page & { certifications: AdminCertification<Time>[] }
export type AdminCertificationResponse<Time = string> = { certification: AdminCertification<Time> }
export type AdminOriginDeleteResponse<Object extends "pairing" | "supplier" | "certification"> = { id: string; object: Object; deleted: true }

/** POST /admin/products/:id/origin: the product's links after the change (null: none). */
export type AdminProductOriginResponse = { product_id: string; county_id: string | null; supplier_id: string | null; certification_id: string | null }
