import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCredentialsResponse, AdminIssuedCredentialResponse } from "@onecounty/contracts/admin-partners"
import { credentialView, issueCredential, partnerOr404, partnersOf } from "../../views"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCredentialsResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  const credentials = await partnersOf(req.scope).listPartnerCredentials({ partner_id: req.params.id }, { take: null, order: { created_at: "DESC" } })
  res.json({ credentials: credentials.map((c) => credentialView(c as unknown as Record<string, unknown>)) })
}

/** A new key; the secret is in this answer only. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminIssuedCredentialResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  res.json(await issueCredential(req.scope, req.params.id))
}
