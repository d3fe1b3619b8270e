import { model } from "@medusajs/framework/utils"
import { RELATION_TYPES } from "../constants"
import { County } from "./county"

export const Pairing = model.define("pairing", {
  id: model.id({ prefix: "pair" }).primaryKey(),
  // null: paired with Shanghai at city level rather than with one district
  district_zh: model.text().nullable(),
  district_en: model.text().nullable(),
  relation_type: model.enum([...RELATION_TYPES]),
  valid_from: model.dateTime(),
  valid_to: model.dateTime().nullable(),
  county: model.belongsTo(() => County, { mappedBy: "pairings" }),
})
