// The operators' reporting routes (/admin/reporting/*) used by the Medusa admin and scripts.
import type { Reconciliation, Target } from "./officials"

/** An order the ledger could not book. `Time` is string on the wire, Date where the backend builds it. */
export type LedgerAttention<Time = string> = {
  id: string
  order_id: string
  reason: string
  source: string
  run_id: string | null
  attempts: number
  last_tried_at: Time
  resolved_at: Time | null
  created_at: Time
}
export type AdminAttentionResponse<Time = string> = { attention: LedgerAttention<Time>[]; count: number; limit: number; offset: number }

export type AdminTargetsResponse = { targets: Target[]; count: number }
export type AdminReconciliationResponse<Time = string> = { reconciliation: Reconciliation<Time> }
