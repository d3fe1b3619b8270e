import { model } from "@medusajs/framework/utils"
import { Prefecture } from "./prefecture"

export const Province = model.define("province", {
  id: model.id({ prefix: "prov" }).primaryKey(),
  code: model.text().unique(),
  name_zh: model.text().translatable(),
  name_en: model.text(),
  prefectures: model.hasMany(() => Prefecture, { mappedBy: "province" }),
})
