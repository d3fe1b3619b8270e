import { model } from "@medusajs/framework/utils"

/**
 * A till from float to count; expected and discrepancy are stored when it closes (fen, bigint in
 * the database: see KioskSale). Sales and returns point at the session open when they were recorded.
 */
export const CashSession = model.define("kiosk_cash_session", {
  id: model.id({ prefix: "kcash" }).primaryKey(),
  counter_id: model.text().index(),
  opened_by: model.text(),
  opened_at: model.dateTime(),
  opening_float: model.number(),
  closed_by: model.text().nullable(),
  closed_at: model.dateTime().nullable(),
  expected: model.number().nullable(),
  counted: model.number().nullable(),
  discrepancy: model.number().nullable(),
  note: model.text().nullable(),
}).indexes([
  // At most one open till per counter, even when two devices open one at once.
  { on: ["counter_id"], unique: true, where: "closed_at IS NULL" },
])
