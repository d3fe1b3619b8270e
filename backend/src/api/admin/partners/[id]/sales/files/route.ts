import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPartnerFileResponse } from "@onecounty/contracts/admin-partners"
import { recordPartnerFile } from "../../../../../partners/record-file"
import { partnerOr404 } from "../../../views"

/** An operator uploads a partner's sales file on its behalf (a partner without IT). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPartnerFileResponse>) => {
  await partnerOr404(req.scope, req.params.id)
  const filename = typeof req.query.filename === "string" ? req.query.filename : ""
  const bytes = (req as unknown as { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0)
  const outcome = await recordPartnerFile(
    req.scope,
    { partner_id: req.params.id, credential_id: null },
    bytes,
    filename,
    req.headers["content-type"],
    "admin_file"
  )
  if (outcome.status === 200) {
    return res.json(outcome.body)
  }
  res.status(outcome.status).json({ type: outcome.status === 409 ? "conflict" : "invalid_data", message: outcome.message, errors: outcome.errors })
}
