import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LatestReconciliationResponse } from "@onecounty/contracts/officials"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"

/**
 * The latest reconciliation run for officials: when it ran, what it found and repaired. The sample
 * of differences stays with operators (it names orders of every district).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<LatestReconciliationResponse<Date>>) => {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [run] = await support.listReconciliationRuns(
    {},
    {
      select: [
        "id", "trigger", "status", "from_date", "to_date", "started_at", "finished_at",
        "orders_total", "orders_done", "differences_found", "repaired", "tally_rows_corrected", "attention", "error",
      ],
      order: { started_at: "DESC" },
      take: 1,
    }
  )
  res.json({ reconciliation: run ?? null })
}
