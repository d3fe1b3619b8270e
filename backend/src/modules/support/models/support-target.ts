import { model } from "@medusajs/framework/utils"
import { TARGET_LEVELS } from "../constants"

export const SupportTarget = model
  .define("support_target", {
    id: model.id({ prefix: "stgt" }).primaryKey(),
    year: model.number(),
    level: model.enum([...TARGET_LEVELS]),
    // "" for level "all"; a GB/T 2260 code, a district's Chinese name or a channel kind otherwise
    scope_code: model.text(),
    // integer fen; bigNumber because a city-wide target overflows a 32-bit integer
    amount: model.bigNumber(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["year", "level", "scope_code"], unique: true }])
