import { model } from "@medusajs/framework/utils"

/** A browser pinned to one counter by a setup code; only the token's hash is kept. */
export const KioskDevice = model.define("kiosk_device", {
  id: model.id({ prefix: "kdev" }).primaryKey(),
  counter_id: model.text().index(),
  token_hash: model.text().unique(),
  /** renewed at most once a minute by the device's requests */
  last_seen_at: model.dateTime().nullable(),
  /** set by an operator or when the counter is deleted; a revoked token is refused */
  revoked_at: model.dateTime().nullable(),
})
