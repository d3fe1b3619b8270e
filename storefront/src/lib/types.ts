import type { HttpTypes } from "@medusajs/types"

export type RelationType = "east_west" | "counterpart" | "three_gorges"

export type Pairing = {
  district_zh: string | null
  district_en: string | null
  relation_type: RelationType | string
  valid_from: string
  valid_to: string | null
}

/** name: in the locale the store origin routes were asked in (Medusa's Translation Module); name_zh / name_en as stored. */
export type Named = { code: string; name?: string; name_zh: string; name_en: string }

export type OriginCounty = Named & {
  specialty?: string | null
  specialty_zh: string | null
  specialty_en: string | null
  product_count: number
}
export type OriginPrefecture = Named & {
  county_count: number
  product_count: number
  counties: OriginCounty[]
}
export type OriginProvince = Named & {
  county_count: number
  product_count: number
  prefectures: OriginPrefecture[]
}
export type OriginTree = { provinces: OriginProvince[] }

export type CountyProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
}

export type CountyDetail = Named & {
  specialty?: string | null
  specialty_zh: string | null
  specialty_en: string | null
  story?: string | null
  story_zh: string | null
  story_en: string | null
  prefecture: Named & { province: Named }
  current_pairing: Pairing | null
  products: CountyProduct[]
}

/** Origin fields the backend links to a product (see backend/src/api/store/middlewares.ts). */
export type ProductOrigin = {
  county?:
    | (Named & {
        id?: string
        specialty_zh?: string | null
        specialty_en?: string | null
        prefecture?: (Named & { province?: Named | null }) | null
        pairings?: Pairing[] | null
      })
    | null
  supplier?: { id?: string; name: string; type?: string | null } | null
  certification?: {
    id?: string
    number: string
    issuer?: string | null
    issued_at?: string | null
    expires_at?: string | null
  } | null
}

export type Product = HttpTypes.StoreProduct & ProductOrigin
export type Category = HttpTypes.StoreProductCategory
export type Region = HttpTypes.StoreRegion
export type Cart = HttpTypes.StoreCart
export type Order = HttpTypes.StoreOrder
export type Customer = HttpTypes.StoreCustomer
export type ShippingOption = HttpTypes.StoreCartShippingOption
