import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerFileAnswer } from "@onecounty/contracts/partners"
import type { PartnerRequest } from "../../verify-signature"
import { recordPartnerFile } from "../../record-file"

/** A partner's sales as a CSV or XLSX file, the body being its bytes (signed like /partners/sales). */
export const POST = async (req: PartnerRequest, res: MedusaResponse<PartnerFileAnswer>) => {
  const filename = typeof req.query.filename === "string" ? req.query.filename : ""
  const outcome = await recordPartnerFile(req.scope, req.partner!, req.rawBody as Buffer, filename, req.headers["content-type"], "file")
  if (outcome.status === 200) {
    return res.json(outcome.body)
  }
  res.status(outcome.status).json({ type: outcome.status === 409 ? "conflict" : "invalid_data", message: outcome.message, errors: outcome.errors })
}
