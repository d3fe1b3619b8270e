import type { LedgerKind } from "../../modules/support/constants"
import { businessDate } from "../shanghai-date"
import { allocate, allocatePreferring } from "./allocate"
import { attributeSale } from "./attribute"
import type { Attribution, LedgerEntry, OrderFacts } from "./types"

type Reduction =
  | { kind: "return"; id: string; at: Date; received: Map<string, number> }
  | { kind: "refund"; id: string; at: Date; amount_fen: number }
  | { kind: "cancellation"; id: string; at: Date }

const KIND_ORDER: Record<Reduction["kind"], number> = { return: 0, refund: 1, cancellation: 2 }

function timeline(order: OrderFacts): Reduction[] {
  const events: Reduction[] = [
    ...order.returns.map((r) => ({
      kind: "return" as const,
      id: r.id,
      at: r.received_at,
      received: new Map(r.items.map((i) => [i.item_id, i.received_quantity])),
    })),
    ...order.refunds.map((r) => ({ kind: "refund" as const, id: r.id, at: r.created_at, amount_fen: r.amount_fen })),
    ...(order.canceled_at ? [{ kind: "cancellation" as const, id: order.id, at: order.canceled_at }] : []),
  ]
  return events.sort(
    (a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id)
  )
}

const proRata = (total: number, part: number, whole: number) =>
  whole === 0 ? 0 : Number((BigInt(total) * BigInt(part) * 2n + BigInt(whole)) / (BigInt(whole) * 2n))

/**
 * Every ledger entry an order's history implies from the moment its money was received, computed
 * from its state alone so that a
 * replay or a reconciliation yields the same rows.
 *
 * Goods coming back (returns, cancellation) and money going back (refunds) usually describe the
 * same reduction twice — a received return is then refunded, a cancellation refunds captured
 * payments — so the order's running reduction is the larger of the two, and each event books
 * only what it adds to it. Each entry depends only on events at or before its own time.
 */
export function buildLedgerEntries(order: OrderFacts, attribution: Attribution): LedgerEntry[] {
  // A sale counts when its money is received; an order awaiting payment has nothing to reduce
  // either, so cancelling it books nothing.
  const soldAt = order.paid_at
  if (!soldAt) {
    return []
  }
  // Every figure is in fen of yuan: an order in another currency is not summed in, it is listed
  // for attention (the caller isolates the failure).
  if (order.currency_code.toLowerCase() !== "cny") {
    throw new Error(`currency_code: ${order.currency_code} is not CNY; the figures are in yuan`)
  }
  const items = order.items.filter((i) => i.quantity > 0)
  const sale = businessDate(soldAt)
  const attrs = items.map((i) => attributeSale(i.product_id, order.sales_channel_id, soldAt, attribution))
  const entries: LedgerEntry[] = []

  const book = (kind: LedgerKind, sourceId: string, at: Date, amounts: number[], quantities: number[]) => {
    const when = businessDate(at)
    items.forEach((item, idx) => {
      if (amounts[idx] === 0 && quantities[idx] === 0) {
        return
      }
      entries.push({
        kind,
        source_id: sourceId,
        line_item_id: item.id,
        order_id: order.id,
        product_id: item.product_id,
        occurred_at: at,
        entry_date: when.date,
        year: when.year,
        month: when.month,
        sale_date: sale.date,
        ...attrs[idx],
        quantity: quantities[idx],
        amount_fen: amounts[idx],
        currency_code: order.currency_code,
      })
    })
  }

  book("sale", order.id, soldAt, items.map((i) => i.total_fen), items.map((i) => i.quantity))

  const gross = items.reduce((sum, i) => sum + i.total_fen, 0)
  const remaining = items.map((i) => i.total_fen)
  const remainingQty = items.map((i) => i.quantity)
  let goodsBack = 0
  let moneyBack = 0
  let booked = 0

  for (const event of timeline(order)) {
    let amounts: number[]
    let quantities = items.map(() => 0)
    if (event.kind === "cancellation") {
      goodsBack = gross
      amounts = [...remaining]
      quantities = remainingQty.map((q) => -q)
    } else if (event.kind === "return") {
      quantities = items.map((item, idx) => -Math.min(event.received.get(item.id) ?? 0, remainingQty[idx]))
      const value = items.map((item, idx) => proRata(item.total_fen, -quantities[idx], item.quantity))
      goodsBack += value.reduce((sum, v) => sum + v, 0)
      const delta = Math.min(gross, Math.max(goodsBack, moneyBack)) - booked
      amounts = allocatePreferring(delta, value.map((v, idx) => Math.min(v, remaining[idx])), remaining)
    } else {
      moneyBack += Math.max(0, event.amount_fen)
      const delta = Math.min(gross, Math.max(goodsBack, moneyBack)) - booked
      amounts = allocate(delta, remaining)
    }
    amounts.forEach((a, idx) => {
      remaining[idx] -= a
      remainingQty[idx] += quantities[idx]
      booked += a
    })
    book(event.kind, event.id, event.at, amounts.map((a) => (a === 0 ? 0 : -a)), quantities)
  }
  return entries
}
