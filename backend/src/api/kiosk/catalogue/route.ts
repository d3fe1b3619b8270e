import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadCounterVariants } from "../../../workflows/kiosk/steps/counter-variants"
import { findCounterPlace } from "../../../workflows/kiosk/steps/find-counter"
import type { KioskRequest } from "../kiosk-request"

/** Everything the device needs to sell offline: published products of the counter's channel. */
export const GET = async (req: KioskRequest, res: MedusaResponse) => {
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

  const products = new Map<string, any>()
  for (const v of variants) {
    const product = products.get(v.product.id) ?? {
      ...v.product,
      county: v.county,
      variants: [] as unknown[],
    }
    product.variants.push({ id: v.id, title: v.title, sku: v.sku, barcode: v.barcode, unit_price: v.unit_price, stock: v.stock })
    products.set(v.product.id, product)
  }
  const categoryIds = [...new Set(variants.flatMap((v) => v.product.category_ids))]
  const { data: categories } = categoryIds.length
    ? await query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: categoryIds } })
    : { data: [] }
  res.json({
    generated_at: new Date(),
    currency_code: "cny",
    categories: categories.map((c: { id: string; name: string }) => ({ id: c.id, name: c.name })),
    products: [...products.values()].sort((a, b) => a.title.localeCompare(b.title, "zh")),
  })
}
