import { model } from "@medusajs/framework/utils"

/** A return at the counter, approved by a manager's PIN and refunded on the spot. */
export const KioskReturn = model.define("kiosk_return", {
  id: model.id({ prefix: "kret" }).primaryKey(),
  sale_id: model.text().index(),
  order_id: model.text(),
  return_id: model.text(),
  counter_id: model.text().index(),
  clerk_id: model.text(),
  manager_id: model.text(),
  /** fen refunded */
  amount: model.number(),
  refund_method: model.text(),
  reason: model.text(),
  lines: model.json(),
})
