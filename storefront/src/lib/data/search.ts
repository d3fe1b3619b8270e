import "server-only"
import type { StoreSearchResponse } from "@onecounty/contracts/store"
import { applyListParams, PAGE_SIZE, type ListParams, type ListResult, type SortKey } from "../util/filters"
import { catalogGet } from "./fetch"
import { listAllProducts, listProductsByIds } from "./products"

/** Sorts the Search Module knows; "newest" is not one of them and takes the fallback path. */
const SEARCH_SORT: Record<SortKey, string | null> = { featured: "relevance", price_asc: "price", price_desc: "-price", newest: null }

/** Query for GET /store/search/products (prices in fen, like the index). */
export function searchQuery(params: ListParams): Record<string, string | number | undefined> {
  return {
    q: params.q,
    province: params.province,
    county: params.county,
    category: params.category,
    certified: params.certified ? "true" : undefined,
    price_min: params.min === undefined ? undefined : Math.floor(params.min * 100),
    price_max: params.max === undefined ? undefined : Math.ceil(params.max * 100),
    sort: SEARCH_SORT[params.sort] ?? "relevance",
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  }
}

/**
 * Product search and filtering for the list page. The backend's Search Module index
 * (GET /store/search/products: segmented Chinese, pinyin, spelling correction, facets) answers
 * with ids, facet counts and the total; the cards come from the store product route. When the
 * index cannot answer (older backend, index down) or for "newest", the list falls back to Medusa's
 * `?q=` (ILIKE) with the filters and facets computed here.
 */
export async function searchProducts(params: ListParams): Promise<ListResult> {
  if (SEARCH_SORT[params.sort]) {
    try {
      const res = await catalogGet<StoreSearchResponse>("/store/search/products", searchQuery(params), ["products", "search"])
      const products = await listProductsByIds(res.hits.map((h) => h.id))
      return {
        products,
        count: res.count,
        page: params.page,
        pageCount: Math.max(1, Math.ceil(res.count / PAGE_SIZE)),
        facets: res.facets,
        priceRange: null,
        engine: "search",
        correctedTo: res.query?.corrected && res.query.terms ? res.query.terms : undefined,
      }
    } catch (e) {
      console.warn(`product search index unavailable, using Medusa's ?q= instead: ${(e as Error).message}`)
    }
  }
  const candidates = await listAllProducts(params.q)
  return { ...applyListParams(candidates, params), engine: "fallback" }
}
