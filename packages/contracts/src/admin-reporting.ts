// The operators' reporting routes (/admin/reporting/*) used by the Medusa admin and scripts.
import type { Official, Reconciliation, Target } from "./officials"

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

/** An official as operators manage them (/admin/reporting/officials): the stored record. */
export type AdminOfficial<Time = string> = Official & { can_edit_targets: boolean; created_at: Time; updated_at: Time; deleted_at: Time | null }
export type AdminOfficialsResponse<Time = string> = { officials: AdminOfficial<Time>[]; count: number }
export type AdminOfficialResponse<Time = string> = { official: AdminOfficial<Time> }
export type AdminOfficialDeleteResponse = { id: string; object: "official"; deleted: true }

/** A reconciliation run as stored, with the first differences it found (for people to read). */
export type AdminReconciliationRun<Time = string> = Reconciliation<Time> & {
  differences: unknown
  created_at: Time
  updated_at: Time
  deleted_at: Time | null
}
export type AdminReconciliationsResponse<Time = string> = { reconciliations: AdminReconciliationRun<Time>[]; count: number; limit: number; offset: number }
/** POST /admin/reporting/reconciliations answers at once (202); the run's record shows its progress. */
export type AdminStartedReconciliationResponse = { reconciliation: { id: string; status: "running" } }

/** POST /admin/reporting/targets/import: the same answer and refusal as the officials' import. */
export type { TargetsImportRefusal as AdminTargetsImportRefusal, TargetsImportResponse as AdminTargetsImportResponse } from "./officials"
