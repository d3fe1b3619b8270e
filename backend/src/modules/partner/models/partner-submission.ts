import { model } from "@medusajs/framework/utils"
import { SUBMISSION_SOURCES } from "../constants"

/** One request or file a partner sent: what came in, how much was new. */
export const PartnerSubmission = model.define("partner_submission", {
  id: model.id({ prefix: "psub" }).primaryKey(),
  partner_id: model.text().index(),
  credential_id: model.text().nullable(),
  source: model.enum([...SUBMISSION_SOURCES]),
  filename: model.text().nullable(),
  lines: model.number(),
  new_lines: model.number(),
})
