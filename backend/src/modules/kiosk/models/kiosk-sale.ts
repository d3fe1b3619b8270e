import { model } from "@medusajs/framework/utils"

/**
 * A counter sale, keyed by the device's idempotency key. The row is claimed (order_id null)
 * before the order is created, so the unique key lets exactly one submission create the order.
 */
export const KioskSale = model.define("kiosk_sale", {
  id: model.id({ prefix: "ksale" }).primaryKey(),
  idempotency_key: model.text().unique(),
  order_id: model.text().nullable(),
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
})
