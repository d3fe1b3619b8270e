import { model } from "@medusajs/framework/utils"
import { PARTNER_KINDS } from "../constants"

/** A business that sells assistance products in its own systems and reports the sales to us. */
export const Partner = model.define("partner", {
  id: model.id({ prefix: "ptnr" }).primaryKey(),
  name_zh: model.text().searchable(),
  name_en: model.text().searchable(),
  kind: model.enum([...PARTNER_KINDS]),
  /** the Shanghai district it belongs to, where that means something (a district's union) */
  district_zh: model.text().nullable(),
})
