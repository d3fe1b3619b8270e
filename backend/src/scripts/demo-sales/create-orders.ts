import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { createOrderPaymentCollectionWorkflow, markPaymentCollectionAsPaid } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@onecounty/contracts/money"
import { ordersByMetadata } from "../../reporting/ledger/read-orders"
import { toFen, type AmountLike } from "../../reporting/money"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { recordCaptures } from "../lib/record-captures"
import type { DemoCatalogue } from "./catalogue"
import type { PlannedOrder } from "./plan"

export const DEMO_TAG = "demo_sales"

/** The demo orders of `year` already in the database, by number, and those not yet booked. */
export async function existingDemoOrders(container: MedusaContainer, year: number): Promise<{ seqs: Set<number>; unbooked: string[] }> {
  const orders = await ordersByMetadata(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), [DEMO_TAG], String(year))
  const ids = orders.map((o) => o.id)
  const booked = ids.length ? await container.resolve<SupportModuleService>(SUPPORT_MODULE).ordersWithSale(ids) : new Set<string>()
  return {
    seqs: new Set(orders.map((o) => Number(o.metadata?.demo_seq))),
    unbooked: ids.filter((id) => !booked.has(id)),
  }
}

/**
 * Creates the planned orders through the order module, as the reporting fixtures do (a checkout
 * per order would take an hour for a demo year), paid when they were placed (a capture
 * transaction dated then: the ledger books a sale when its money is received), and dates them.
 */
export async function createDemoOrders(
  container: MedusaContainer,
  catalogue: DemoCatalogue,
  year: number,
  plans: PlannedOrder[]
): Promise<string[]> {
  const orders = container.resolve(Modules.ORDER)
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const created = await orders.createOrders(
    plans.map((plan) => ({
      currency_code: "cny",
      region_id: catalogue.region_id,
      sales_channel_id: plan.counter === null ? catalogue.online_channel_id : catalogue.counter_channel_ids[plan.counter],
      email: plan.counter === null ? `buyer${plan.seq % 997}@demo.onecounty.cn` : `unit${plan.seq % 89}@demo.onecounty.cn`,
      status: "completed" as const,
      metadata: { [DEMO_TAG]: String(year), demo_seq: plan.seq },
      items: plan.lines.map(({ product, quantity }) => {
        const p = catalogue.products[product]
        return {
          title: p.title,
          product_title: p.title,
          product_id: p.id,
          variant_id: p.variant_id,
          variant_sku: p.sku ?? undefined,
          quantity,
          unit_price: p.unit_price,
          is_tax_inclusive: true,
        }
      }),
    }))
  )
  // createOrders does not promise its input order: match orders to plans by their number
  const bySeq = new Map(created.map((o) => [Number(o.metadata?.demo_seq), o.id]))
  const ids = plans.map((p) => bySeq.get(p.seq) as string)
  await db.raw(
    `update "order" o set created_at = d.at, updated_at = d.at
     from unnest(?::text[], ?::timestamptz[]) as d(id, at) where o.id = d.id`,
    [ids, plans.map((p) => p.placed_at.toISOString())]
  )
  await recordCaptures(
    container,
    plans.map((plan, i) => ({ order_id: ids[i], amount: orderAmount(catalogue, plan), at: plan.placed_at }))
  )
  return ids
}

/** What the shopper paid for a planned order, in yuan as an exact decimal string. */
function orderAmount(catalogue: DemoCatalogue, plan: PlannedOrder): string {
  const fen = plan.lines.reduce((sum, { product, quantity }) => sum + toFen(catalogue.products[product].unit_price as AmountLike) * quantity, 0)
  return fenToYuan(fen)
}

export type LedgerEvent = { name: string; data: Record<string, string> }

/**
 * Applies what happened to an order after it was placed, dated when it happened, and returns
 * the event Medusa's own workflow would have emitted. The order and payment modules do the work
 * directly because their workflows emit those events at once, before the date could be set.
 */
export async function applyFate(
  container: MedusaContainer,
  catalogue: DemoCatalogue,
  orderId: string,
  plan: PlannedOrder
): Promise<LedgerEvent | null> {
  const fate = plan.fate
  if (fate.kind === "kept") {
    return null
  }
  const orders = container.resolve(Modules.ORDER)
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const at = fate.at.toISOString()
  if (fate.kind === "canceled") {
    await orders.cancel(orderId)
    await db.raw(`update "order" set canceled_at = ?, updated_at = ? where id = ?`, [at, at, orderId])
    return { name: "order.canceled", data: { id: orderId } }
  }
  if (fate.kind === "returned") {
    const order = await orders.retrieveOrder(orderId, { relations: ["items"] })
    const productId = catalogue.products[plan.lines[fate.line].product].id
    const item = order.items!.find((i) => i.product_id === productId) as { id: string }
    const lines = [{ id: item.id, quantity: fate.quantity }]
    await orders.registerFulfillment({ order_id: orderId, items: order.items!.map((i) => ({ id: i.id, quantity: Number(i.quantity) })) })
    const ret = await orders.createReturn({ order_id: orderId, items: lines })
    await orders.receiveReturn({ return_id: ret.id, items: lines })
    await db.raw(`update "return" set created_at = ?, requested_at = ?, received_at = ? where id = ?`, [at, at, at, ret.id])
    return { name: "order.return_received", data: { order_id: orderId, return_id: ret.id } }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["total"], filters: { id: orderId } })
  const { result: collections } = await createOrderPaymentCollectionWorkflow(container).run({
    input: { order_id: orderId, amount: order.total as number },
  })
  const collection = collections[0]
  await markPaymentCollectionAsPaid(container).run({ input: { order_id: orderId, payment_collection_id: collection.id } })
  const payments = container.resolve(Modules.PAYMENT)
  const [paid] = await payments.listPaymentCollections({ id: collection.id }, { relations: ["payments"] })
  const payment = paid.payments![0]
  const fen = Math.round((toFen(collection.amount as AmountLike) * fate.per_mille) / 1000)
  await payments.refundPayment({ payment_id: payment.id, amount: fenToYuan(fen) })
  await db.raw(`update refund set created_at = ? where payment_id = ?`, [at, payment.id])
  return { name: "payment.refunded", data: { id: payment.id } }
}
