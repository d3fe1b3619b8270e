import { model } from "@medusajs/framework/utils"

/**
 * A counter sale, keyed by the device's idempotency key. The row is claimed (order_id null)
 * before the order is created, so the unique key lets exactly one submission create the order.
 * A claim is a lease (claimed_until): one whose process died can be taken over by a resubmission
 * of the same sale (body_hash). Money columns are bigint (migration Migration20261203093000:
 * data models cannot declare bigint).
 */
export const KioskSale = model.define("kiosk_sale", {
  id: model.id({ prefix: "ksale" }).primaryKey(),
  idempotency_key: model.text().unique(),
  order_id: model.text().index().nullable(),
  display_id: model.number().nullable(),
  counter_id: model.text().index(),
  clerk_id: model.text(),
  sold_at: model.dateTime().index(),
  /** fen */
  total: model.number().default(0),
  flagged: model.boolean().default(false),
  flags: model.json().default({ list: [] }),
  payment: model.json().nullable(),
  lines: model.json().nullable(),
  override: model.json().nullable(),
  /** digest of the submitted sale (lib/kiosk/sale-fingerprint): a reused key must carry the same sale */
  body_hash: model.text().nullable(),
  /** while order_id is null: until when the claiming process holds the key */
  claimed_until: model.dateTime().nullable(),
  /** the till open at the counter when the sale was recorded (server time), if any */
  cash_session_id: model.text().index().nullable(),
})
