import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"

export const CATEGORIES = [
  { handle: "tea", zh: "茶叶", en: "Tea" },
  { handle: "coffee", zh: "咖啡", en: "Coffee" },
  { handle: "meat", zh: "肉类", en: "Meat" },
  { handle: "fruit-nuts", zh: "干果水果", en: "Fruit & nuts" },
  { handle: "grains-oils", zh: "粮油", en: "Grains & oils" },
  { handle: "mushrooms-herbs", zh: "菌菇药材", en: "Mushrooms & herbs" },
  { handle: "condiments", zh: "调味品", en: "Condiments" },
  { handle: "handicrafts", zh: "手工艺品", en: "Handicrafts" },
  { handle: "other", zh: "其他", en: "Other" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

/** Step 4: product categories named in Chinese; the English names are their en-US translations (translations.ts). */
export async function seedCategories(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const ids = new Map(existing.map((c) => [c.handle, c.id]))
  const missing = CATEGORIES.filter((c) => !ids.has(c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.zh,
          handle: c.handle,
          is_active: true,
          rank: CATEGORIES.indexOf(c),
        })),
      },
    })
    result.forEach((c) => ids.set(c.handle, c.id))
  }
  return { ids: ids as Map<CategoryHandle, string>, created: missing.length }
}
