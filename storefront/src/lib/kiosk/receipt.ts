import type { QueuedSale } from "./queued-sale"
import type { PaymentMethod, Sale, SaleLine } from "./types"

export type Receipt = {
  /** "#1042" once the server booked it; the first 8 characters of the idempotency key before. */
  number: string
  synced: boolean
  sold_at: string
  lines: SaleLine[]
  item_count: number
  total: number
  payment: { method: PaymentMethod; amount: number; tendered: number | null; change: number | null; reference: string | null }
  flags: { kind: string; detail: string }[]
  /** What the QR code holds: the order number, or the local reference while offline. */
  qr_text: string
}

export const localReference = (key: string) => key.replace(/-/g, "").slice(0, 8).toUpperCase()

export function receiptFromSale(sale: Sale): Receipt {
  const number = `#${sale.display_id}`
  return {
    number,
    synced: true,
    sold_at: sale.sold_at,
    lines: sale.items,
    item_count: sale.items.reduce((n, l) => n + l.quantity, 0),
    total: sale.total,
    payment: sale.payment,
    flags: sale.flags,
    qr_text: number,
  }
}

/** The receipt of a sale the server has not confirmed yet, from what the device recorded. */
export function receiptFromQueued(entry: QueuedSale): Receipt {
  const { sale, lines } = entry
  const total = lines.reduce((sum, l) => sum + l.total, 0)
  const { method, amount, tendered, reference } = sale.payment
  const number = localReference(entry.key)
  return {
    number,
    synced: false,
    sold_at: sale.sold_at,
    lines,
    item_count: lines.reduce((n, l) => n + l.quantity, 0),
    total,
    payment: {
      method,
      amount,
      tendered: tendered ?? null,
      change: method === "cash" && tendered !== undefined ? Math.max(0, tendered - total) : null,
      reference: reference ?? null,
    },
    flags: [],
    qr_text: number,
  }
}
