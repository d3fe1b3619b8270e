import { model } from "@medusajs/framework/utils"
import { SUPPLIER_TYPES } from "../constants"
import { County } from "./county"

export const Supplier = model.define("supplier", {
  id: model.id({ prefix: "sup" }).primaryKey(),
  name: model.text().translatable(),
  type: model.enum([...SUPPLIER_TYPES]),
  credit_code: model.text().unique(),
  households_linked: model.number().default(0),
  contact_phone: model.text().nullable(),
  county: model.belongsTo(() => County, { mappedBy: "suppliers" }),
})
