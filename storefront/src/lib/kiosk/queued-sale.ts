import type { SaleInput, SaleLine } from "./types"

/**
 * A sale waiting for the server. It is written before anything is sent and deleted only in the
 * transaction that stores the server's answer (200/201 with the sale for its key), so a sale that
 * happened is never lost: not offline, not on a reload, not when the answer itself is lost (the
 * server answers a repeated key with the same order).
 * The queue's record in IndexedDB (db.ts), apart from queue.ts so that db.ts does not import the queue.
 */
export type QueuedSale = {
  key: string
  sale: SaleInput
  /** Titles and counties as the device showed them, for the receipt before the server has answered. */
  lines: SaleLine[]
  queued_at: string
  /** pending: sent again automatically; attention: the server refused it (4xx), kept for a person to look at. */
  status: "pending" | "attention"
  attempts: number
  last_error: string | null
  next_attempt_at: number
}
