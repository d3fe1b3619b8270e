import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchTerms } from "./search-terms"

/**
 * Not "product": Medusa's admin search takes an index named after an entity as that entity's
 * search, and this one holds published products only and expects translated queries.
 */
export const PRODUCT_SEARCH_INDEX = "store_product"

/** The same products with their filter fields only (src/search/product-facets.ts). */
export const PRODUCT_FACET_INDEX = "store_product_facets"

export const PRODUCT_SEARCH_SORTS = ["relevance", "price", "-price", "title", "-title"] as const
export type ProductSearchSort = (typeof PRODUCT_SEARCH_SORTS)[number]

export type ProductSearchParams = {
  q?: string
  province?: string[]
  county?: string[]
  category?: string[]
  certified?: boolean
  /** In fen, like the index. */
  price_min?: number
  price_max?: number
  sort?: ProductSearchSort
  limit: number
  offset: number
}

/** Who is asking, and when: a certificate counts while its expiry is after `now`. */
/** locale: the request's (Medusa's req.locale), which the hits' titles and descriptions follow. */
export type ProductSearchScope = { sales_channel_ids: string[]; now: Date; locale?: string }

/** What a hit shows from the index. */
export const PRODUCT_HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "subtitle",
  "thumbnail",
  "county_code",
  "county_name_zh",
  "county_name_en",
  "province_code",
  "province_name_zh",
  "province_name_en",
  "category_handles",
  "category_names_zh",
  "category_names_en",
  "certified_until",
  "price_fen",
]

// More counties than the catalogue will hold, so every county is counted (see provinceCounts).
const FACET_LIMIT = 1000

type FacetValue = { value: string; count: number }

/**
 * Province counts from county counts: a county's GB/T 2260 code starts with its province's, and
 * a product has a province only through its county. Saves the engine a pass over every match.
 */
export function provinceCounts(counties: FacetValue[]): FacetValue[] {
  const provinces = new Map<string, number>()
  for (const { value, count } of counties) {
    provinces.set(value.slice(0, 2), (provinces.get(value.slice(0, 2)) ?? 0) + count)
  }
  return [...provinces]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

const ORDERS: Record<Exclude<ProductSearchSort, "relevance">, Record<string, "ASC" | "DESC">> = {
  price: { price_fen: "ASC" },
  "-price": { price_fen: "DESC" },
  title: { title_sort: "ASC" },
  "-title": { title_sort: "DESC" },
}

/**
 * The Search Module query for a storefront search: published products of the shopper's
 * sales channels, narrowed by the filters, with facet counts that ignore each facet's own
 * filter so a storefront can offer the other values of an active filter.
 */
export function buildProductSearchQuery(
  params: ProductSearchParams,
  terms: SearchTerms | null,
  scope: ProductSearchScope
): SearchTypes.SearchQuery {
  const now = scope.now.getTime()
  // No status filter: the index holds published products only. PostgreSQL guesses that each
  // jsonb containment keeps 0.1% of the rows, and with two that keep them all it scans by those
  // instead of by the text index, ten times slower.
  const filters: SearchTypes.SearchFilters = { sales_channel_ids: scope.sales_channel_ids }
  if (terms?.text) {
    filters.q = terms.text
  }
  if (params.province?.length) {
    filters.province_code = params.province
  }
  if (params.county?.length) {
    filters.county_code = params.county
  }
  if (params.category?.length) {
    filters.category_handles = params.category
  }
  if (params.certified === true) {
    filters.certified_until = { $gt: now }
  } else if (params.certified === false) {
    filters.$or = [{ certified_until: { $lte: now } }, { certified_until: { $exists: false } }]
  }
  if (params.price_min !== undefined || params.price_max !== undefined) {
    filters.price_fen = {
      ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
      ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
    }
  }
  const sort = params.sort ?? "relevance"
  return {
    entity: PRODUCT_SEARCH_INDEX,
    fields: PRODUCT_HIT_FIELDS,
    filters,
    pagination: {
      skip: params.offset,
      take: params.limit,
      ...(sort === "relevance" ? {} : { order: ORDERS[sort] }),
    },
    search_options: {
      // The last word is a prefix, so results follow the shopper while they type ("kaf").
      match_strategy: "last",
      // Each facet is one more pass over every match. The province counts follow from the county
      // counts (provinceCounts) unless a province or county filter makes them differ: each
      // facet ignores its own filter only.
      facets: [
        { field: "county_code", limit: FACET_LIMIT },
        { field: "category_handles", limit: FACET_LIMIT },
        ...(params.province?.length || params.county?.length ? [{ field: "province_code", limit: FACET_LIMIT }] : []),
      ],
      disjunctive_facets: true,
    },
  }
}
