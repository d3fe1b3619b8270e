import { model } from "@medusajs/framework/utils"
import { Pairing } from "./pairing"
import { Prefecture } from "./prefecture"
import { Supplier } from "./supplier"

export const County = model.define("county", {
  id: model.id({ prefix: "cty" }).primaryKey(),
  code: model.text().unique(),
  name_zh: model.text().translatable(),
  name_en: model.text(),
  specialty_zh: model.text().translatable().nullable(),
  specialty_en: model.text().nullable(),
  story_zh: model.text().translatable().nullable(),
  story_en: model.text().nullable(),
  // false where the pairing or specialty rests on a single weak source
  verified: model.boolean().default(false),
  prefecture: model.belongsTo(() => Prefecture, { mappedBy: "counties" }),
  pairings: model.hasMany(() => Pairing, { mappedBy: "county" }),
  suppliers: model.hasMany(() => Supplier, { mappedBy: "county" }),
})
