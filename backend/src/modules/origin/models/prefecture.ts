import { model } from "@medusajs/framework/utils"
import { County } from "./county"
import { Province } from "./province"

export const Prefecture = model.define("prefecture", {
  id: model.id({ prefix: "pref" }).primaryKey(),
  code: model.text().unique(),
  name_zh: model.text().translatable(),
  name_en: model.text(),
  province: model.belongsTo(() => Province, { mappedBy: "prefectures" }),
  counties: model.hasMany(() => County, { mappedBy: "prefecture" }),
})
