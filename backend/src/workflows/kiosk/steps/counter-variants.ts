import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext } from "@medusajs/framework/utils"
import { toFen } from "../../../reporting/money"
import type { CounterPlace } from "../../counter/steps/find-counter"

export type CounterVariant = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  product: { id: string; title: string; thumbnail: string | null; category_ids: string[] }
  county: { code: string; name: string } | null
  /** fen, the counter's price today (Medusa's calculated price in CNY) */
  unit_price: number | null
  manage_inventory: boolean
  inventory: { inventory_item_id: string; required_quantity: number }[]
  /** units sellable at the counter's stock location; null when the variant's stock is not managed */
  stock: number | null
}

const FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "manage_inventory",
  "product.id",
  "product.title",
  "product.thumbnail",
  "product.categories.id",
  "product.county.code",
  "product.county.name_zh",
  "calculated_price.calculated_amount",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
]

/** Variants with the counter's price and the stock at the counter's own location. */
export async function loadCounterVariants(
  container: MedusaContainer,
  place: CounterPlace,
  filters: { variantIds?: string[]; productIds?: string[] }
): Promise<CounterVariant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: FIELDS,
    filters: filters.variantIds ? { id: filters.variantIds } : { product_id: filters.productIds ?? [] },
    context: { calculated_price: QueryContext({ currency_code: "cny" }) },
  })
  const itemIds = variants.flatMap((v: any) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id))
  const levels = itemIds.length
    ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds, location_id: place.stock_location_id })
    : []
  const available = new Map(levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity) - Number(l.reserved_quantity)]))

  return variants.map((v: any): CounterVariant => {
    const inventory = (v.inventory_items ?? []).map((i: any) => ({
      inventory_item_id: i.inventory_item_id as string,
      required_quantity: Number(i.required_quantity ?? 1),
    }))
    const units = inventory.map((i: { inventory_item_id: string; required_quantity: number }) =>
      Math.floor((available.get(i.inventory_item_id) ?? 0) / i.required_quantity)
    )
    const amount = v.calculated_price?.calculated_amount
    return {
      id: v.id,
      title: v.title,
      sku: v.sku ?? null,
      barcode: v.barcode ?? null,
      product: {
        id: v.product.id,
        title: v.product.title,
        thumbnail: v.product.thumbnail ?? null,
        category_ids: (v.product.categories ?? []).map((c: any) => c.id),
      },
      county: v.product.county ? { code: v.product.county.code, name: v.product.county.name_zh } : null,
      unit_price: amount === null || amount === undefined ? null : toFen(amount),
      manage_inventory: !!v.manage_inventory,
      inventory,
      stock: v.manage_inventory ? Math.max(0, units.length ? Math.min(...units) : 0) : null,
    }
  })
}
