import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { shanghaiRange } from "../shanghai-date"
import { PAID_AT_SQL } from "./paid-at"

// The drill-down lists the newest ones; a backlog beyond this is an operations problem to fix,
// not a list to page through.
const MAX_AWAITING = 5000

/**
 * Orders placed in a Shanghai date range that are neither paid nor cancelled, newest first: they
 * count nowhere until their money is received. SQL over the order table for the same reason as
 * read-orders.ts, with the same rule for "paid" (paid-at.ts).
 */
export async function awaitingPaymentOrderIds(db: Knex, from: string, to: string): Promise<string[]> {
  const { start, end } = shanghaiRange(from, to)
  const { rows } = await db.raw(
    `select o.id from "order" o
      where o.created_at >= ? and o.created_at < ? and o.canceled_at is null and o.deleted_at is null
        and ${PAID_AT_SQL} is null
      order by o.created_at desc, o.id desc
      limit ${MAX_AWAITING}`,
    [start, end]
  )
  return rows.map((r: { id: string }) => r.id)
}
