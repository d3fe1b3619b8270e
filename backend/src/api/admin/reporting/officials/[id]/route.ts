import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOfficialDeleteResponse } from "@onecounty/contracts/admin-reporting"
import { removeOfficialWorkflow } from "../../../../../workflows/support/remove-official"

/** Removes an official: from the next request on, their tokens and sessions open nothing. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOfficialDeleteResponse>) => {
  const { result } = await removeOfficialWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "official", deleted: true })
}
