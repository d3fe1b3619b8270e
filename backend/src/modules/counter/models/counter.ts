import { model } from "@medusajs/framework/utils"
import { COUNTER_KINDS } from "../constants"

export const Counter = model.define("counter", {
  id: model.id({ prefix: "ctr" }).primaryKey(),
  code: model.text().unique(),
  name_zh: model.text(),
  name_en: model.text(),
  kind: model.enum([...COUNTER_KINDS]),
  address: model.text(),
  district_zh: model.text(),
  district_en: model.text(),
})
