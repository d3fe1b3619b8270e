import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, linkProductsToSalesChannelWorkflow } from "@medusajs/medusa/core-flows"

/** A place that sells and stocks products: the online channel with the warehouse, or a counter. */
export type Outlet = { sales_channel_id: string; stock_location_id: string }

type ProductRow = {
  id: string
  sales_channels?: ({ id: string } | null)[] | null
  variants?: ({ inventory_items?: ({ inventory_item_id: string } | null)[] | null } | null)[] | null
}

/**
 * Puts every product on sale in each outlet's channel and stocks each variant at its location,
 * adding only what is missing: stock already there, sold or counted since, is left alone.
 */
export async function ensureAssortment(
  container: MedusaContainer,
  productIds: string[],
  outlets: Outlet[],
  quantity: number
): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "sales_channels.id", "variants.inventory_items.inventory_item_id"],
    filters: { id: productIds },
  })
  const products = data as ProductRow[]
  let created = 0

  for (const { sales_channel_id } of outlets) {
    const missing = products
      .filter((p) => !p.sales_channels?.some((c) => c?.id === sales_channel_id))
      .map((p) => p.id)
    if (missing.length) {
      await linkProductsToSalesChannelWorkflow(container).run({ input: { id: sales_channel_id, add: missing } })
      created += missing.length
    }
  }

  const itemIds = products
    .flatMap((p) => p.variants ?? [])
    .flatMap((v) => v?.inventory_items ?? [])
    .flatMap((i) => (i ? [i.inventory_item_id] : []))
  const locationIds = outlets.map((o) => o.stock_location_id)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: itemIds, location_id: locationIds },
    { select: ["inventory_item_id", "location_id"] }
  )
  const stocked = new Set(levels.map((l) => `${l.inventory_item_id}|${l.location_id}`))
  const missingLevels = locationIds.flatMap((location_id) =>
    itemIds
      .filter((inventory_item_id) => !stocked.has(`${inventory_item_id}|${location_id}`))
      .map((inventory_item_id) => ({ inventory_item_id, location_id, stocked_quantity: quantity }))
  )
  if (missingLevels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missingLevels } })
    created += missingLevels.length
  }
  return created
}
