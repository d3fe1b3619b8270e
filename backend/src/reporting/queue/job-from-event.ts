import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import type { LedgerJob } from "./job"

export const LEDGER_EVENTS = [
  OrderWorkflowEvents.PLACED,
  PaymentEvents.CAPTURED,
  OrderWorkflowEvents.CANCELED,
  OrderWorkflowEvents.RETURN_RECEIVED,
  PaymentEvents.REFUNDED,
] as const

type EventData = { id?: string; order_id?: string; return_id?: string }
type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

/** A payment's order (null for a payment of no order) and its refunds. */
async function paymentOrder(query: Query, paymentId: string) {
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id", "refunds.id", "refunds.created_at"],
    filters: { id: paymentId },
  })
  const payment = payments[0]
  if (!payment) {
    return null
  }
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  const orderId: string | undefined = links[0]?.order_id
  return orderId ? { orderId, payment } : null
}

/**
 * The job for an event, or null when it concerns no order (a payment that belongs to no order).
 * A capture is when an online sale counts; a refund is known by its newest refund id, so two
 * refunds of one payment make two jobs.
 */
export async function ledgerJobFromEvent(
  container: MedusaContainer,
  event: string,
  data: EventData
): Promise<LedgerJob | null> {
  if (event === OrderWorkflowEvents.RETURN_RECEIVED) {
    return { event, order_id: data.order_id as string, source_id: data.return_id as string }
  }
  if (event !== PaymentEvents.REFUNDED && event !== PaymentEvents.CAPTURED) {
    return { event, order_id: data.id as string, source_id: data.id as string }
  }
  const found = await paymentOrder(container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query, data.id as string)
  if (!found) {
    return null
  }
  if (event === PaymentEvents.CAPTURED) {
    return { event, order_id: found.orderId, source_id: found.payment.id }
  }
  const newest = [...(found.payment.refunds ?? [])].sort(
    (a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )[0]
  return { event, order_id: found.orderId, source_id: newest?.id ?? found.payment.id }
}
