import { model } from "@medusajs/framework/utils"

/** One of a partner's shops or sites; sales lines name it by code. */
export const PartnerOutlet = model.define("partner_outlet", {
  id: model.id({ prefix: "pout" }).primaryKey(),
  partner_id: model.text().index(),
  code: model.text(),
  name: model.text(),
  district_zh: model.text().nullable(),
}).indexes([{ on: ["partner_id", "code"], unique: true, where: "deleted_at IS NULL" }])
