import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AttributionCache } from "./attribution-cache"
import { buildLedgerEntries } from "./build-entries"
import { loadOrderFacts } from "./load-order-facts"
import { insertEntries } from "./write-entries"

export type SyncResult = { inserted: number; missing: string[] }

/**
 * Brings the ledger up to date with the orders' current state in one transaction. Safe to run
 * any number of times: entries already booked are left alone.
 */
export async function syncOrders(
  container: MedusaContainer,
  orderIds: string[],
  cache?: AttributionCache
): Promise<SyncResult> {
  const ids = [...new Set(orderIds)]
  const { orders, attribution } = await loadOrderFacts(container, ids, cache)
  const entries = orders.flatMap((order) => buildLedgerEntries(order, attribution))
  const inserted = await insertEntries(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), entries)
  const found = new Set(orders.map((o) => o.id))
  return { inserted, missing: ids.filter((id) => !found.has(id)) }
}
