import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCodeDecisionResponse } from "@onecounty/contracts/admin-partners"
import { decideCode } from "../../partners/decide-code"
import type { AdminDecideCodeType } from "../validators"

/** Map a waiting code to a product (its lines book on their own sale days) or mark it not-assistance. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminDecideCodeType>, res: MedusaResponse<AdminCodeDecisionResponse<Date>>) => {
  res.json(await decideCode(req.scope, { id: req.params.id }, req.validatedBody, req.auth_context.actor_id))
}
