import type { MedusaResponse } from "@medusajs/framework/http"
import type { CatalogueProduct, KioskCatalogueResponse } from "@onecounty/contracts/kiosk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "../../../lib/i18n/locales"
import { loadCounterVariants } from "../../../workflows/kiosk/steps/counter-variants"
import { findCounterPlace } from "../../../workflows/counter/steps/find-counter"
import type { KioskRequest } from "../kiosk-request"

/**
 * Everything the device needs to sell offline: published products of the counter's channel. The
 * device switches language without the network, so each name comes with its English (en-US)
 * translation from the Translation Module: title_en, county.name_en, category name_en.
 */
export const GET = async (req: KioskRequest, res: MedusaResponse<KioskCatalogueResponse<Date>>) => {
  const place = await findCounterPlace(req.scope, req.kiosk.counter_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inChannel } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: place.sales_channel_id },
  })
  const { data: published } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: inChannel.map((row: { product_id: string }) => row.product_id), status: "published" },
  })
  const variants = await loadCounterVariants(req.scope, place, { productIds: published.map((p: { id: string }) => p.id) })

  const productIds = [...new Set(variants.map((v) => v.product.id))]
  const countyCodes = [...new Set(variants.flatMap((v) => (v.county ? [v.county.code] : [])))]
  const categoryIds = [...new Set(variants.flatMap((v) => v.product.category_ids))]
  const [{ data: productsEn }, { data: countiesEn }, { data: categories }, { data: categoriesEn }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } }, { locale: ENGLISH }),
    query.graph({ entity: "county", fields: ["id", "code", "name_zh"], filters: { code: countyCodes } }, { locale: ENGLISH }),
    query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: categoryIds } }),
    query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: categoryIds } }, { locale: ENGLISH }),
  ])
  const titleEn = new Map(productsEn.map((p: { id: string; title: string }) => [p.id, p.title]))
  const countyEn = new Map(countiesEn.map((c: { code: string; name_zh: string }) => [c.code, c.name_zh]))
  const categoryEn = new Map(categoriesEn.map((c: { id: string; name: string }) => [c.id, c.name]))

  const products = new Map<string, CatalogueProduct>()
  for (const v of variants) {
    const product = products.get(v.product.id) ?? {
      ...v.product,
      title_en: titleEn.get(v.product.id) ?? v.product.title,
      county: v.county ? { ...v.county, name_en: countyEn.get(v.county.code) ?? v.county.name } : null,
      variants: [],
    }
    product.variants.push({ id: v.id, title: v.title, sku: v.sku, barcode: v.barcode, unit_price: v.unit_price, stock: v.stock })
    products.set(v.product.id, product)
  }
  res.json({
    generated_at: new Date(),
    currency_code: "cny",
    categories: categories.map((c: { id: string; name: string }) => ({ id: c.id, name: c.name, name_en: categoryEn.get(c.id) ?? c.name })),
    products: [...products.values()].sort((a, b) => a.title.localeCompare(b.title, "zh")),
  })
}
