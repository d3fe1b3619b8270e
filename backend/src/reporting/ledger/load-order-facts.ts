import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CounterKind } from "../../modules/counter/constants"
import type { AttributionCache } from "./attribution-cache"
import { readOrders } from "./read-orders"
import type { Attribution, ChannelInfo, OrderFacts, ProductOrigin } from "./types"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

const date = (value: string | Date) => new Date(value)

function toOrigin(product: any): ProductOrigin {
  const county = product.county
  const cert = product.certification
  return {
    county: county
      ? {
          id: county.id,
          code: county.code,
          prefecture_code: county.prefecture?.code ?? county.code.slice(0, 4),
          province_code: county.prefecture?.province?.code ?? county.code.slice(0, 2),
          pairings: (county.pairings ?? []).map((p: any) => ({
            district_zh: p.district_zh ?? null,
            valid_from: date(p.valid_from),
            valid_to: p.valid_to ? date(p.valid_to) : null,
          })),
        }
      : null,
    certification: cert ? { issued_at: date(cert.issued_at), expires_at: date(cert.expires_at) } : null,
  }
}

const PRODUCT_FIELDS = [
  "id",
  "county.id",
  "county.code",
  "county.prefecture.code",
  "county.prefecture.province.code",
  "county.pairings.district_zh",
  "county.pairings.valid_from",
  "county.pairings.valid_to",
  "certification.issued_at",
  "certification.expires_at",
]

export async function loadOrigins(query: Query, productIds: string[], cache?: AttributionCache) {
  const origins = new Map<string, ProductOrigin>()
  const missing = productIds.filter((id) => {
    const hit = cache?.products.get(id)
    if (hit) {
      origins.set(id, hit)
    }
    return !hit
  })
  if (missing.length) {
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: missing } })
    for (const product of data) {
      const origin = toOrigin(product)
      origins.set(product.id, origin)
      cache?.products.set(product.id, origin)
    }
  }
  return origins
}

async function loadChannels(query: Query, cache?: AttributionCache) {
  const hit = cache?.channels.get("all")
  if (hit) {
    return hit
  }
  // A handful of counters: reading them all is cheaper than filtering through the link.
  const { data: counters } = await query.graph({ entity: "counter", fields: ["id", "kind", "sales_channel.id"] })
  const channels = new Map<string, ChannelInfo>(
    counters
      .filter((c: any) => c.sales_channel?.id)
      .map((c: any) => [c.sales_channel.id, { kind: c.kind as CounterKind, counter_id: c.id }])
  )
  cache?.channels.set("all", channels)
  return channels
}

/**
 * The orders' facts (those found) and what their products and channels were attributed to.
 * With a cache (the worker's), attribution read in the last moments is reused; reconciliation
 * reads without one, so it corrects whatever a cached read got wrong.
 */
export async function loadOrderFacts(
  container: MedusaContainer,
  orderIds: string[],
  cache?: AttributionCache
): Promise<{ orders: OrderFacts[]; attribution: Attribution }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const [orders, channels] = await Promise.all([
    readOrders(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), orderIds),
    loadChannels(query, cache),
  ])
  const productIds = [...new Set(orders.flatMap((o) => o.items.map((i) => i.product_id)).filter((id): id is string => !!id))]
  const products = await loadOrigins(query, productIds, cache)
  return { orders, attribution: { products, channels } }
}
