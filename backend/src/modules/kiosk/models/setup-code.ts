import { model } from "@medusajs/framework/utils"

/** One-time code an operator hands to a counter to register a device. */
export const SetupCode = model.define("kiosk_setup_code", {
  id: model.id({ prefix: "kset" }).primaryKey(),
  counter_id: model.text().index(),
  code_hash: model.text().unique(),
  expires_at: model.dateTime(),
  used_at: model.dateTime().nullable(),
  device_id: model.text().nullable(),
})
