import { model } from "@medusajs/framework/utils"

/** A government reader of the reports: the `official` actor. */
export const Official = model.define("official", {
  id: model.id({ prefix: "offl" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  // set: sees only the pairings of this Shanghai district
  district_zh: model.text().nullable(),
  // may set the year's targets (a district official only their district's)
  can_edit_targets: model.boolean().default(false),
})
