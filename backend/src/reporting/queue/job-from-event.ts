import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import type { LedgerJob } from "./job"

export const LEDGER_EVENTS = [
  OrderWorkflowEvents.PLACED,
  OrderWorkflowEvents.CANCELED,
  OrderWorkflowEvents.RETURN_RECEIVED,
  PaymentEvents.REFUNDED,
] as const

type EventData = { id?: string; order_id?: string; return_id?: string }

/**
 * The job for an event, or null when it concerns no order (a refund of a payment that belongs
 * to no order). A refund is known by its newest refund id, so two refunds of one payment make
 * two jobs.
 */
export async function ledgerJobFromEvent(
  container: MedusaContainer,
  event: string,
  data: EventData
): Promise<LedgerJob | null> {
  if (event === OrderWorkflowEvents.RETURN_RECEIVED) {
    return { event, order_id: data.order_id as string, source_id: data.return_id as string }
  }
  if (event !== PaymentEvents.REFUNDED) {
    return { event, order_id: data.id as string, source_id: data.id as string }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id", "refunds.id", "refunds.created_at"],
    filters: { id: data.id },
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
  const orderId = links[0]?.order_id
  if (!orderId) {
    return null
  }
  const newest = [...(payment.refunds ?? [])].sort(
    (a, b) => new Date(b!.created_at).getTime() - new Date(a!.created_at).getTime()
  )[0]
  return { event, order_id: orderId, source_id: newest?.id ?? payment.id }
}
