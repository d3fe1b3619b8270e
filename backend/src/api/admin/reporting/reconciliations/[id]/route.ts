import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReconciliationResponse } from "@onecounty/contracts/admin-reporting"
import { MedusaError } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../../../../modules/support"
import type SupportModuleService from "../../../../../modules/support/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminReconciliationResponse<Date>>) => {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [run] = await support.listReconciliationRuns({ id: req.params.id })
  if (!run) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no reconciliation run ${req.params.id}`)
  }
  res.json({ reconciliation: run })
}
