import "server-only"
import type { Category } from "@onecounty/contracts/storefront"
import { catalogGet } from "./fetch"

export async function listCategories(): Promise<Category[]> {
  const { product_categories } = await catalogGet<{ product_categories: Category[] }>(
    "/store/product-categories",
    { fields: "id,name,handle,description,metadata,rank,parent_category_id", limit: 100 },
    ["categories"]
  )
  return [...product_categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
}

export async function getCategoryByHandle(handle: string): Promise<Category | null> {
  const all = await listCategories()
  return all.find((c) => c.handle === handle) ?? null
}
