// The project's own store routes (publishable key): origins, search, the public counter.
import type { RelationType } from "./enums"

/** A coded place with its names: `name` in the locale the store origin routes were asked in (Medusa's Translation Module), name_zh / name_en as stored. */
export type Named = { code: string; name?: string; name_zh: string; name_en: string }

export type Pairing = {
  district_zh: string | null
  district_en: string | null
  relation_type: RelationType | string
  valid_from: string
  valid_to: string | null
}

/** GET /store/origins: provinces → prefectures → counties with product counts. */
export type OriginCounty = Named & {
  specialty?: string | null
  specialty_zh: string | null
  specialty_en: string | null
  product_count: number
}
export type OriginPrefecture = Named & { county_count: number; product_count: number; counties: OriginCounty[] }
export type OriginProvince = Named & { county_count: number; product_count: number; prefectures: OriginPrefecture[] }
export type StoreOriginsResponse = { provinces: OriginProvince[] }

/** GET /store/origins/counties/:code */
export type CountyProduct = { id: string; title: string; handle: string; thumbnail: string | null }
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
export type StoreCountyResponse = { county: CountyDetail }

/** Origin fields the backend links to a product (GET /store/origins/products, backend/src/api/store/origins/products). */
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

/** GET /store/origins/products: the origin of each visible product asked for (absent relations left out) */
export type StoreOriginProductsResponse = { products: (ProductOrigin & { id: string })[] }

/** GET /store/search/products */
export type SearchFacetValue = { value: string; count: number }
export type SearchFacets = { province: SearchFacetValue[]; county: SearchFacetValue[]; category: SearchFacetValue[] }
type NamedOrNull = { name_zh: string | null; name_en: string | null }
export type SearchHit = {
  id: string
  handle: string | null
  title: string | null
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  county: ({ code: string } & NamedOrNull) | null
  province: ({ code: string } & NamedOrNull) | null
  categories: ({ handle: string } & NamedOrNull)[]
  certified: boolean
  price_fen: number | null
  /** title and subtitle with the matched terms marked */
  highlight: { title: string | null; subtitle: string | null }
}
export type StoreSearchResponse = {
  hits: SearchHit[]
  facets: SearchFacets
  count: number
  offset: number
  limit: number
  /** what was searched: the query, its segmented terms, whether misspelled words were corrected */
  query: { q: string | null; terms: string | null; corrected: boolean }
}

/** GET /store/stats/consumption: the home page's public counter. */
export type PublicStats = {
  year: number
  /** net sales that count toward the support targets (certified goods of paired counties), fen */
  amount_fen: number
  /** paired counties whose counted net sales this year are above zero */
  county_count: number
  currency_code: "cny"
}
export type StoreConsumptionStatsResponse = { stats: PublicStats }
