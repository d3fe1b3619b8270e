import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { getLineItemsTotals } from "@medusajs/framework/utils"
import { multiplyToFen, toFen, type AmountLike } from "../money"
import { shanghaiRange } from "../shanghai-date"
import { PAID_AT_SQL } from "./paid-at"
import type { OrderFacts } from "./types"

/**
 * The one place that reads Medusa's order, return and payment tables with SQL (the store's origin
 * reader, src/lib/origin-fields, is the other raw reader of Medusa's tables). readOrders reads
 * orders straight from the order, return and payment tables: six indexed queries per
 * batch, where Query took about a second per 200 orders and capped the worker near 200 orders/s.
 * It reads what the order module reads for the order's current version (items, their tax lines
 * and adjustments of that version; received returns; refunds of the order's payments), and
 * integration-tests/reporting/read-orders.spec.ts holds it to Query's answer so a schema change
 * in Medusa shows up as a failing test rather than as wrong figures.
 */
type Line = {
  id: string
  unit_price: string
  quantity: number
  is_tax_inclusive: boolean
  tax_lines: { rate: string }[]
  adjustments: { amount: string; is_tax_inclusive: boolean }[]
}

/**
 * Line totals over the full ordered quantity — the sale is what was sold, whatever came back
 * later (that is booked as a return). Lines with tax or discounts go through Medusa's own
 * getLineItemsTotals; plain lines, most of them, are price × quantity, which that function
 * returns too but at a cost that dominated the worker's time.
 */
function lineTotalsFen(lines: Line[]): Map<string, number> {
  const totals = new Map<string, number>()
  const priced = lines.filter((line) => {
    const plain = !line.tax_lines.length && !line.adjustments.length
    if (plain) {
      totals.set(line.id, multiplyToFen(line.unit_price, line.quantity))
    }
    return !plain
  })
  const computed = getLineItemsTotals(priced as any, { includeTax: false }) as Record<string, { total: { raw: AmountLike } }>
  priced.forEach((line) => totals.set(line.id, toFen(computed[line.id].total.raw)))
  return totals
}

export async function readOrders(db: Knex, orderIds: string[]): Promise<OrderFacts[]> {
  if (!orderIds.length) {
    return []
  }
  // One transaction with JIT off: PostgreSQL compiled the plan of a reconciliation batch's lines
  // (2,000 orders, over jit_above_cost) in 1.0 s and ran it in 0.35 s. These are index look-ups,
  // not the long scans that compiling pays off for.
  const [orders, items, taxLines, adjustments, returns, refunds] = await db.transaction(async (trx) => {
    await trx.raw("set local jit = off")
    return Promise.all([
      // Order by order through the indexes: left to the statistics, the planner would rather scan
      // the whole order and line item tables, which is slower now and grows with every order ever
      // placed. "offset 0" keeps each subquery from being flattened into such a join.
      trx.raw(
        `select o.* from unnest(?::text[]) as q(id)
         cross join lateral (
           select o.id, o.currency_code, o.created_at, ${PAID_AT_SQL} as paid_at, o.canceled_at, o.sales_channel_id
           from "order" o
           where o.id = q.id and o.deleted_at is null
           offset 0
         ) o`,
        [orderIds]
      ),
      trx.raw(
        `select q.order_id, x.* from unnest(?::text[]) as q(order_id)
         cross join lateral (
           select li.id, li.product_id, coalesce(oi.raw_quantity->>'value', oi.quantity::text) as quantity,
             coalesce(li.raw_unit_price->>'value', li.unit_price::text) as unit_price, li.is_tax_inclusive
           from "order" o
           join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
           join order_line_item li on li.id = oi.item_id and li.deleted_at is null
           where o.id = q.order_id
           offset 0
         ) x
         order by q.order_id, x.id`,
        [orderIds]
      ),
      trx.raw(
        `select t.item_id, coalesce(t.raw_rate->>'value', t.rate::text) as rate
         from order_line_item_tax_line t
         join order_item oi on oi.item_id = t.item_id and oi.deleted_at is null
         where oi.order_id = any(?) and t.deleted_at is null`,
        [orderIds]
      ),
      trx.raw(
        `select a.item_id, coalesce(a.raw_amount->>'value', a.amount::text) as amount, a.is_tax_inclusive
         from order_line_item_adjustment a
         join order_item oi on oi.item_id = a.item_id and oi.deleted_at is null
         join "order" o on o.id = oi.order_id and o.version = oi.version and a.version = o.version
         where oi.order_id = any(?) and a.deleted_at is null`,
        [orderIds]
      ),
      trx.raw(
        `select r.order_id, r.id, r.received_at, ri.item_id,
           coalesce(ri.raw_received_quantity->>'value', ri.received_quantity::text) as received_quantity
         from "return" r join return_item ri on ri.return_id = r.id and ri.deleted_at is null
         where r.order_id = any(?) and r.received_at is not null and r.deleted_at is null
         order by r.id, ri.item_id`,
        [orderIds]
      ),
      trx.raw(
        `select opc.order_id, rf.id, rf.created_at, coalesce(rf.raw_amount->>'value', rf.amount::text) as amount
         from order_payment_collection opc
         join payment p on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
         join refund rf on rf.payment_id = p.id and rf.deleted_at is null
         where opc.order_id = any(?) and opc.deleted_at is null
         order by rf.created_at, rf.id`,
        [orderIds]
      ),
    ])
  })

  const group = <T extends Record<string, any>>(rows: T[], key: string) => {
    const map = new Map<string, T[]>()
    for (const row of rows) {
      const list = map.get(row[key])
      if (list) {
        list.push(row)
      } else {
        map.set(row[key], [row])
      }
    }
    return map
  }
  const itemsByOrder = group(items.rows, "order_id")
  const taxByItem = group(taxLines.rows, "item_id")
  const adjustmentsByItem = group(adjustments.rows, "item_id")
  const returnsByOrder = group(returns.rows, "order_id")
  const refundsByOrder = group(refunds.rows, "order_id")

  return orders.rows.map((order: any): OrderFacts => {
    const lines = (itemsByOrder.get(order.id) ?? []).map((item) => ({
      id: item.id as string,
      product_id: (item.product_id as string | null) ?? null,
      unit_price: item.unit_price as string,
      quantity: Number(item.quantity),
      is_tax_inclusive: item.is_tax_inclusive as boolean,
      tax_lines: (taxByItem.get(item.id) ?? []).map((t) => ({ rate: t.rate as string })),
      adjustments: (adjustmentsByItem.get(item.id) ?? []).map((a) => ({ amount: a.amount as string, is_tax_inclusive: a.is_tax_inclusive })),
    }))
    const totals = lineTotalsFen(lines)
    const returned = new Map<string, OrderFacts["returns"][number]>()
    for (const row of returnsByOrder.get(order.id) ?? []) {
      const entry: OrderFacts["returns"][number] = returned.get(row.id) ?? { id: row.id, received_at: new Date(row.received_at), items: [] }
      entry.items.push({ item_id: row.item_id, received_quantity: Number(row.received_quantity) })
      returned.set(row.id, entry)
    }
    return {
      id: order.id,
      currency_code: order.currency_code,
      created_at: new Date(order.created_at),
      paid_at: order.paid_at ? new Date(order.paid_at) : null,
      canceled_at: order.canceled_at ? new Date(order.canceled_at) : null,
      sales_channel_id: order.sales_channel_id ?? null,
      items: lines.map((line) => ({
        id: line.id,
        product_id: line.product_id,
        quantity: line.quantity,
        total_fen: totals.get(line.id) as number,
      })),
      returns: [...returned.values()],
      refunds: (refundsByOrder.get(order.id) ?? []).map((r) => ({
        id: r.id,
        created_at: new Date(r.created_at),
        amount_fen: toFen(r.amount),
      })),
    }
  })
}

// The drill-down lists the newest ones; a backlog beyond this is an operations problem to fix,
// not a list to page through.
const MAX_AWAITING = 5000

/**
 * Orders placed in Shanghai days `from`–`to` that are neither paid nor cancelled, newest first:
 * they count nowhere until their money is received. Same rule for "paid" as readOrders (paid-at.ts).
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

/**
 * Every order that should have a ledger entry dated in [start, end): placed, paid, canceled, with
 * a return received or a refund made in the range, or sold at a counter in the range (an offline
 * sale arrives later: kiosk_sale keeps its sale time). SQL because the reconciliation must scan a
 * whole day of orders by date across the order, payment and kiosk tables, which the module APIs
 * only offer one module at a time. The orders already booked there come from the support module.
 */
export async function ordersActiveBetween(db: Knex, start: Date, end: Date): Promise<string[]> {
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
       where r.created_at >= :start and r.created_at < :end and r.deleted_at is null`,
    { start, end }
  )
  return rows.map((r: { id: string }) => r.id)
}

export type OrderByMetadata = { id: string; display_id: number; metadata: Record<string, unknown> | null }

/**
 * Orders whose metadata holds `value` at `path`, oldest first: the order module's filters cannot
 * reach into metadata. For rare look-ups (a kiosk booking interrupted mid-way, the demo orders
 * of a year): it scans the order table.
 */
export async function ordersByMetadata(db: Knex, path: string[], value: string): Promise<OrderByMetadata[]> {
  const { rows } = await db.raw(
    `select id, display_id, metadata from "order"
     where metadata #>> ?::text[] = ? and deleted_at is null
     order by created_at, id`,
    [path, value]
  )
  return rows
}
