import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { bookPartnerKeys } from "../partners/book-partner-keys"
import { isPartnerKey } from "../partners/partner-key"
import { isolateFailures, type FailedOrder } from "./isolate-failures"
import { syncOrders } from "./sync-orders"

export type RetryResult = { booked: string[]; still_failing: FailedOrder[] }

/**
 * Tries again to book orders listed for attention (all open ones, or those given): the ones that
 * book now are marked resolved, the others stay listed with their latest reason.
 */
export async function retryParkedOrders(container: MedusaContainer, orderIds?: string[]): Promise<RetryResult> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const open = await support.listLedgerAttentions(
    { resolved_at: null, ...(orderIds ? { order_id: orderIds } : {}) },
    { select: ["order_id"], take: 1000, order: { last_tried_at: "ASC" } }
  )
  const ids = open.map((a) => a.order_id)
  const ordersToRetry = ids.filter((id) => !isPartnerKey(id))
  const partnerKeys = ids.filter(isPartnerKey)
  const stillFailing = [
    ...(await isolateFailures(ordersToRetry, async (batch) => {
      await syncOrders(container, batch)
    })),
    ...(partnerKeys.length ? (await bookPartnerKeys(container, partnerKeys)).failed : []),
  ]
  const failing = new Set(stillFailing.map((f) => f.order_id))
  const booked = ids.filter((id) => !failing.has(id))
  await support.resolveLedgerOrders(booked)
  await support.parkLedgerOrders(stillFailing, "worker")
  return { booked, still_failing: stillFailing }
}
