import "server-only"
import type { Product } from "@onecounty/contracts/storefront"
import { catalogGet } from "./fetch"
import { DETAIL_FIELDS, DETAIL_ORIGIN_FIELDS, LIST_FIELDS, LIST_ORIGIN_FIELDS } from "./fields"
import { joinOrigins, loadOrigins, withOrigins } from "./product-origins"
import { getRegion } from "./regions"

export { DETAIL_FIELDS, DETAIL_ORIGIN_FIELDS, LIST_FIELDS, LIST_ORIGIN_FIELDS }

export async function getProductByHandle(handle: string): Promise<Product | null> {
  const region = await getRegion()
  const { products } = await catalogGet<{ products: Product[] }>(
    "/store/products",
    { handle, fields: DETAIL_FIELDS, region_id: region.id, limit: 1 },
    ["products", `product-${handle}`]
  )
  const [product] = await withOrigins(products.slice(0, 1), DETAIL_ORIGIN_FIELDS)
  return product ?? null
}

/**
 * Products by id with the list fields (cards on county and home pages); the ids being known, the
 * products and their origins are read side by side.
 */
export async function listProductsByIds(ids: string[], fields = LIST_FIELDS, originFields = LIST_ORIGIN_FIELDS): Promise<Product[]> {
  if (!ids.length) return []
  const region = await getRegion()
  const [{ products }, origins] = await Promise.all([
    catalogGet<{ products: Product[] }>("/store/products", { id: ids, fields, region_id: region.id, limit: ids.length }, ["products"]),
    loadOrigins(ids, originFields),
  ])
  const order = new Map(ids.map((id, i) => [id, i]))
  return joinOrigins(products, origins).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
}

const PAGE = 100
const MAX_PAGES = 50

/**
 * Every visible product that matches Medusa's own `q` (ILIKE on title, subtitle, description…),
 * with list fields, page by page. The list filters then run in memory (see lib/util/filters.ts).
 */
export async function listAllProducts(q?: string): Promise<Product[]> {
  const region = await getRegion()
  const out: Product[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { products, count } = await catalogGet<{ products: Product[]; count: number }>(
      "/store/products",
      { q: q || undefined, fields: LIST_FIELDS, region_id: region.id, limit: PAGE, offset: page * PAGE, order: "-created_at" },
      ["products"]
    )
    out.push(...(await withOrigins(products, LIST_ORIGIN_FIELDS)))
    if (out.length >= count || products.length < PAGE) break
  }
  return out
}

/** The newest products (one page): the home page picks its featured ones from these. */
export async function listLatestProducts(limit = 100): Promise<Product[]> {
  const region = await getRegion()
  const { products } = await catalogGet<{ products: Product[] }>(
    "/store/products",
    { fields: LIST_FIELDS, region_id: region.id, limit, order: "-created_at" },
    ["products"]
  )
  return withOrigins(products, LIST_ORIGIN_FIELDS)
}

/** A few products for the home page: one per county, newest first, spread over provinces. */
export function pickFeatured(products: Product[], n = 8): Product[] {
  const seenCounty = new Set<string>()
  const byProvince = new Map<string, Product[]>()
  for (const p of products) {
    const c = p.county?.code
    if (!c || seenCounty.has(c)) continue
    seenCounty.add(c)
    const prov = p.county?.prefecture?.province?.code ?? ""
    byProvince.set(prov, [...(byProvince.get(prov) ?? []), p])
  }
  const lanes = [...byProvince.values()]
  const out: Product[] = []
  for (let i = 0; out.length < n && lanes.some((l) => l.length > i); i++) {
    for (const lane of lanes) {
      const p = lane[i]
      if (p && out.length < n) out.push(p)
    }
  }
  return out
}
