import "server-only"
import type { ProductOrigin, StoreOriginProductsResponse } from "@onecounty/contracts/store"
import type { Product } from "@onecounty/contracts/storefront"
import { catalogGet } from "./fetch"

/** The most ids the backend's origins route answers at once. */
const MAX_IDS = 100

/** The public origin of each product, by id, from GET /store/origins/products (cached like the products). */
export async function loadOrigins(ids: string[], fields: string[]): Promise<Map<string, ProductOrigin>> {
  const unique = [...new Set(ids)]
  const pages = []
  for (let i = 0; i < unique.length; i += MAX_IDS) {
    const page = unique.slice(i, i + MAX_IDS)
    pages.push(catalogGet<StoreOriginProductsResponse>("/store/origins/products", { ids: page.join(","), fields: fields.join(",") }, ["products"]))
  }
  const out = new Map<string, ProductOrigin>()
  for (const { products } of await Promise.all(pages)) {
    for (const { id, ...origin } of products) out.set(id, origin)
  }
  return out
}

/** The products with their origin joined on (a product without one is left as it is). */
export function joinOrigins(products: Product[], origins: Map<string, ProductOrigin>): Product[] {
  return products.map((p) => ({ ...p, ...origins.get(p.id) }))
}

/** Medusa's products with their origin, read from the origins route once the ids are known. */
export async function withOrigins(products: Product[], fields: string[]): Promise<Product[]> {
  if (!products.length) return products
  return joinOrigins(products, await loadOrigins(products.map((p) => p.id), fields))
}
