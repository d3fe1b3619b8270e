import "server-only"
import { applyListParams, type ListParams, type ListResult } from "../util/filters"
import { listAllProducts } from "./products"

/**
 * Product search and filtering for the list page.
 *
 * SEAM: today the text match is Medusa's `GET /store/products?q=` (ILIKE: 咖啡 finds 普洱咖啡, but
 * "kafei" and typos find nothing) and the province / county / category / price / certified
 * filters and their facet counts are computed here over the matching products. When the Search
 * Module index (backend/src/search: segmented Chinese, pinyin, typo tolerance, facets) lands,
 * replace the body of this function with one call to it; ListParams and ListResult stay.
 */
export async function searchProducts(params: ListParams): Promise<ListResult> {
  const candidates = await listAllProducts(params.q)
  return applyListParams(candidates, params)
}
