import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRotatedCredentialResponse } from "@onecounty/contracts/admin-partners"
import { MedusaError } from "@medusajs/framework/utils"
import { issueCredential, partnersOf } from "../../../../views"
import { credentialOr404 } from "../../credential-or-404"

/** A new key in place of this one, which is revoked; the new secret is in this answer only. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRotatedCredentialResponse<Date>>) => {
  const old = await credentialOr404(req.scope, req.params.id, req.params.credential_id)
  if (old.revoked_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `credential_id: ${old.id} is already revoked; create a new key instead`)
  }
  const issued = await issueCredential(req.scope, req.params.id)
  await partnersOf(req.scope).updatePartnerCredentials([{ id: old.id, revoked_at: new Date() }])
  res.json({ ...issued, revoked: old.id })
}
