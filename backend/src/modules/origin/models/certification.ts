import { model } from "@medusajs/framework/utils"

export const Certification = model.define("certification", {
  id: model.id({ prefix: "cert" }).primaryKey(),
  number: model.text().unique(),
  issuer: model.text(),
  issued_at: model.dateTime(),
  expires_at: model.dateTime(),
})
