import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCredentialResponse } from "@onecounty/contracts/admin-partners"
import { credentialView, partnersOf } from "../../../../views"
import { credentialOr404 } from "../../credential-or-404"

/** The key stops working from the next request. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCredentialResponse<Date>>) => {
  const found = await credentialOr404(req.scope, req.params.id, req.params.credential_id)
  const [credential] = await partnersOf(req.scope).updatePartnerCredentials([{ id: found.id, revoked_at: found.revoked_at ?? new Date() }])
  res.json({ credential: credentialView(credential as unknown as Record<string, unknown>) })
}
