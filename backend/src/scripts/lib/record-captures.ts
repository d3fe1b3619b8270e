import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type Capture = { order_id: string; amount: string; at?: Date }

/**
 * Records that orders made straight through the order module (demo data, benchmarks, volume
 * fixtures: a checkout per order would take hours) had their money received, as Medusa's capture
 * does: a "capture" transaction on the order, dated `at` when given. The ledger books a sale then.
 */
export async function recordCaptures(container: MedusaContainer, captures: Capture[]): Promise<void> {
  if (!captures.length) {
    return
  }
  const orders = container.resolve(Modules.ORDER)
  const made = await orders.addOrderTransactions(
    captures.map((c) => ({
      order_id: c.order_id,
      amount: c.amount,
      currency_code: "cny",
      reference: "capture",
      reference_id: `demo_capture_${c.order_id}`,
    }))
  )
  const dated = captures.filter((c) => c.at)
  if (dated.length) {
    const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const byOrder = new Map(made.map((t) => [t.order_id, t.id]))
    await db.raw(
      `update order_transaction t set created_at = d.at, updated_at = d.at
       from unnest(?::text[], ?::timestamptz[]) as d(id, at) where t.id = d.id`,
      [dated.map((c) => byOrder.get(c.order_id) as string), dated.map((c) => (c.at as Date).toISOString())]
    )
  }
}
