import { model } from "@medusajs/framework/utils"

/**
 * A return at the counter, approved by a manager's PIN and refunded on the spot. The row is
 * reserved under a lock on its sale before anything else happens, so concurrent returns of one
 * sale never take back more than was sold. amount is bigint in the database (see KioskSale).
 */
export const KioskReturn = model.define("kiosk_return", {
  id: model.id({ prefix: "kret" }).primaryKey(),
  sale_id: model.text().index(),
  order_id: model.text(),
  /** null while the return is reserved and its Medusa return not yet made */
  return_id: model.text().nullable(),
  counter_id: model.text().index(),
  clerk_id: model.text(),
  manager_id: model.text(),
  /** fen refunded */
  amount: model.number(),
  refund_method: model.text(),
  reason: model.text(),
  lines: model.json(),
  /** the till open at the counter when the return was made, if any */
  cash_session_id: model.text().index().nullable(),
})
