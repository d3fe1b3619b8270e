import { model } from "@medusajs/framework/utils"
import { RUN_STATUSES, RUN_TRIGGERS } from "../constants"

export const ReconciliationRun = model.define("reconciliation_run", {
  id: model.id({ prefix: "recon" }).primaryKey(),
  trigger: model.enum([...RUN_TRIGGERS]),
  status: model.enum([...RUN_STATUSES]).default("running"),
  // Asia/Shanghai calendar dates, both inclusive
  from_date: model.text(),
  to_date: model.text(),
  started_at: model.dateTime(),
  finished_at: model.dateTime().nullable(),
  orders_total: model.number().default(0),
  orders_done: model.number().default(0),
  differences_found: model.number().default(0),
  repaired: model.number().default(0),
  // tally rows that disagreed with the ledger once its entries were repaired
  tally_rows_corrected: model.number().default(0),
  // the first differences, for people to read; the counts above are complete
  differences: model.json().nullable(),
  // orders it could not book, listed with their reasons in ledger_attention
  attention: model.number().default(0),
  error: model.text().nullable(),
})
