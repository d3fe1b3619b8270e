import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSetupCodeResponse } from "@onecounty/contracts/admin-counters"
import { createSetupCodeWorkflow } from "../../../../../workflows/kiosk/create-setup-code"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSetupCodeResponse<Date>>) => {
  const { result } = await createSetupCodeWorkflow(req.scope).run({ input: { counter_id: req.params.id } })
  res.status(201).json({ setup_code: result })
}
