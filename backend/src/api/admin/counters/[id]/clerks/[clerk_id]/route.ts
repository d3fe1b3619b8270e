import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminClerkResponse } from "@onecounty/contracts/admin-counters"
import { updateClerkWorkflow } from "../../../../../../workflows/kiosk/clerks"
import type { AdminUpdateClerkType } from "../../../validators"
import { clerkView } from "../clerk-view"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateClerkType>, res: MedusaResponse<AdminClerkResponse<Date>>) => {
  const { result } = await updateClerkWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.clerk_id, counter_id: req.params.id },
  })
  res.json({ clerk: clerkView(result) })
}
