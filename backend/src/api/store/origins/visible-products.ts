import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Ids of the published products that the request's publishable key may sell. */
export async function visibleProductIds(req: MedusaStoreRequest, productIds: string[]) {
  if (!productIds.length) {
    return new Set<string>()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inChannels } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: {
      product_id: productIds,
      sales_channel_id: req.publishable_key_context.sales_channel_ids,
    },
  })
  const { data: published } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: {
      id: [...new Set(inChannels.map((row: { product_id: string }) => row.product_id))],
      status: "published",
    },
  })
  return new Set(published.map((product: { id: string }) => product.id))
}
