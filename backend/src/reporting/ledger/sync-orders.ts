import type { MedusaContainer } from "@medusajs/framework/types"
import type { AttributionCache } from "./attribution-cache"
import { buildLedgerEntries } from "./build-entries"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { loadOrderFacts } from "./load-order-facts"

export type SyncResult = { inserted: number; missing: string[] }

/**
 * Brings the ledger up to date with the orders' current state in one transaction of the support module. Safe to run
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
  const inserted = await container.resolve<SupportModuleService>(SUPPORT_MODULE).writeEntries(entries)
  const found = new Set(orders.map((o) => o.id))
  return { inserted, missing: ids.filter((id) => !found.has(id)) }
}
