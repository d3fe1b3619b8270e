import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeOfficialWorkflow } from "../../../../../workflows/support/remove-official"

/** Removes an official: from the next request on, their tokens and sessions open nothing. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await removeOfficialWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "official", deleted: true })
}
