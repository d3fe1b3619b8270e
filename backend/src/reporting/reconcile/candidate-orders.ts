import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Every order that has, or should have, a ledger entry dated in [start, end): placed, paid, canceled,
 * with a return received or a refund made in the range, sold at a counter in the range (an offline
 * sale arrives later: kiosk_sale keeps its sale time), or already booked there. Plain SQL over
 * the order, return and payment tables because the reconciliation must scan a whole day of
 * orders by date, which the module APIs only offer one module at a time.
 */
export async function candidateOrderIds(db: Knex, start: Date, end: Date): Promise<string[]> {
  const { rows } = await db.raw(
    `select id from "order" where deleted_at is null and (created_at >= :start and created_at < :end
       or canceled_at >= :start and canceled_at < :end)
     union
     select order_id from order_transaction where reference = 'capture' and created_at >= :start and created_at < :end and deleted_at is null
     union
     select order_id from kiosk_sale where sold_at >= :start and sold_at < :end and order_id is not null and deleted_at is null
     union
     select order_id from "return" where received_at >= :start and received_at < :end
     union
     select opc.order_id from refund r
       join payment p on p.id = r.payment_id
       join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
       where r.created_at >= :start and r.created_at < :end and r.deleted_at is null
     union
     select distinct order_id from sales_ledger_entry
       where entry_date >= (:start::timestamptz at time zone 'Asia/Shanghai')::date
         and entry_date < (:end::timestamptz at time zone 'Asia/Shanghai')::date
     order by 1`,
    { start, end }
  )
  return rows.map((r: { id: string }) => r.id)
}
