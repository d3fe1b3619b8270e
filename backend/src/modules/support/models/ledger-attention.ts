import { model } from "@medusajs/framework/utils"
import { ATTENTION_SOURCES } from "../constants"

/**
 * An order the ledger could not book, with the reason, kept until an operator fixes it and it is
 * booked: one order's bad data must never hold back the others, nor be retried forever.
 */
export const LedgerAttention = model.define("ledger_attention", {
  id: model.id({ prefix: "latt" }).primaryKey(),
  order_id: model.text().unique(),
  reason: model.text(),
  source: model.enum([...ATTENTION_SOURCES]),
  /** the reconciliation run that found it, when one did */
  run_id: model.text().nullable(),
  attempts: model.number().default(1),
  last_tried_at: model.dateTime(),
  resolved_at: model.dateTime().nullable(),
})
