import type { MedusaResponse } from "@medusajs/framework/http"
import type { PartnerLineError, PartnerSalesAnswer } from "@onecounty/contracts/partners"
import { PartnerSalesBody } from "../../../lib/partners/line-schema"
import type { PartnerRequest } from "../verify-signature"
import { recordPartnerLines } from "../record-lines"

const describe = (errors: PartnerLineError[]) =>
  errors
    .slice(0, 5)
    .map((e) => `lines[${e.line_index}].${e.field}: ${e.reason}`)
    .join("; ") + (errors.length > 5 ? `; … ${errors.length} errors in all` : "")

/** A partner reports sales lines (signed; see verify-signature.ts and docs/PARTNERS.md). */
export const POST = async (req: PartnerRequest, res: MedusaResponse<PartnerSalesAnswer>) => {
  const body = PartnerSalesBody.safeParse(req.body)
  if (!body.success) {
    return res.status(400).json({ type: "invalid_data", message: "lines: the body must be {lines: [...]}", errors: [] })
  }
  const outcome = await recordPartnerLines(req.scope, req.partner!, body.data.lines, "api")
  if (outcome.status === 200) {
    return res.status(200).json(outcome.body)
  }
  res.status(outcome.status).json({
    type: outcome.status === 409 ? "conflict" : "invalid_data",
    message: describe(outcome.errors),
    errors: outcome.errors,
  })
}
