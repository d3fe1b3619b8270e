import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedStore } from "../seed/store"

export type DemoProduct = {
  id: string
  title: string
  variant_id: string
  sku: string | null
  unit_price: number
  province_code: string
}

export type DemoCatalogue = {
  region_id: string
  online_channel_id: string
  /** every counter's sales channel, in counter code order */
  counter_channel_ids: string[]
  products: DemoProduct[]
}

// Shanghai's published 2021 figures: 5.37 of 13.0 billion yuan went to Yunnan.
const YUNNAN = "53"
export const YUNNAN_SHARE = 5.37 / 13

/** The seeded store, its counters and every product with a county and a CNY price. */
export async function loadDemoCatalogue(container: MedusaContainer): Promise<DemoCatalogue> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const store = await seedStore(container)
  const { data: counters } = await query.graph({ entity: "counter", fields: ["code", "sales_channel.id"] })
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "title", "county.code", "variants.id", "variants.sku", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { status: "published" },
  })
  const products = rows.flatMap((p: any): DemoProduct[] => {
    const variant = p.variants?.[0]
    const price = variant?.prices?.find((pr: any) => pr.currency_code === "cny")
    if (!p.county?.code || !variant || !price) {
      return []
    }
    return [
      {
        id: p.id,
        title: p.title,
        variant_id: variant.id,
        sku: variant.sku ?? null,
        unit_price: Number(price.amount),
        province_code: p.county.code.slice(0, 2),
      },
    ]
  })
  products.sort((a, b) => a.id.localeCompare(b.id))
  return {
    region_id: store.region_id,
    online_channel_id: store.online_channel_id,
    counter_channel_ids: counters
      .filter((c: any) => c.sales_channel?.id)
      .sort((a: any, b: any) => a.code.localeCompare(b.code))
      .map((c: any) => c.sales_channel.id),
    products,
  }
}

/** Each product's weight in the demo: Yunnan's share of sales as published, the rest even. */
export function productWeights(products: DemoProduct[]): number[] {
  const yunnan = products.filter((p) => p.province_code === YUNNAN).length
  const others = products.length - yunnan
  if (!yunnan || !others) {
    return products.map(() => 1)
  }
  // cheap and dear products sell by value, not by count: weigh by the inverse of the price
  return products.map((p) =>
    (p.province_code === YUNNAN ? YUNNAN_SHARE / yunnan : (1 - YUNNAN_SHARE) / others) * (100 / Math.max(p.unit_price, 1))
  )
}
