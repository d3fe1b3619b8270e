import { model } from "@medusajs/framework/utils"
import { CLERK_ROLES } from "../constants"

/**
 * Counter staff (the `clerk` actor), bound to one counter, signing in with a hashed PIN. Named
 * "Clerk" on the kiosk_clerk table: the name gives the service's methods (listClerks…) and the
 * linkable Query calls them through (src/links/kiosk-clerk-counter.ts); "kiosk_clerk" alone would
 * name it KioskClerk, whose listKioskClerks the service does not have.
 */
export const Clerk = model.define({ name: "Clerk", tableName: "kiosk_clerk" }, {
  id: model.id({ prefix: "clerk" }).primaryKey(),
  counter_id: model.text().index(),
  name: model.text(),
  role: model.enum([...CLERK_ROLES]).default("clerk"),
  pin_hash: model.text(),
  failed_attempts: model.number().default(0),
  locked_until: model.dateTime().nullable(),
  active: model.boolean().default(true),
})
