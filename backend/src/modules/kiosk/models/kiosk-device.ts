import { model } from "@medusajs/framework/utils"

/** A browser pinned to one counter by a setup code; only the token's hash is kept. */
export const KioskDevice = model.define("kiosk_device", {
  id: model.id({ prefix: "kdev" }).primaryKey(),
  counter_id: model.text().index(),
  token_hash: model.text().unique(),
  last_seen_at: model.dateTime().nullable(),
})
