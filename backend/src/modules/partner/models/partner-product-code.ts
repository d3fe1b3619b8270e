import { model } from "@medusajs/framework/utils"
import { CODE_KINDS, CODE_STATUSES } from "../constants"

/**
 * A partner's barcode or SKU that is not one of our variants' barcodes: an operator maps it to a
 * product once, or marks it as not a consumption-assistance product. Lines with a waiting code
 * stay stored and are booked when it is mapped.
 */
export const PartnerProductCode = model.define("partner_product_code", {
  id: model.id({ prefix: "pcode" }).primaryKey(),
  partner_id: model.text().index(),
  kind: model.enum([...CODE_KINDS]),
  code: model.text(),
  status: model.enum([...CODE_STATUSES]).default("waiting"),
  product_id: model.text().nullable(),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
}).indexes([
  { on: ["partner_id", "kind", "code"], unique: true, where: "deleted_at IS NULL" },
  { on: ["status"], where: "deleted_at IS NULL" },
])
