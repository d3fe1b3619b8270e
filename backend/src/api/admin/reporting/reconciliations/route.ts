import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReconciliationRun, AdminReconciliationsResponse, AdminStartedReconciliationResponse } from "@onecounty/contracts/admin-reporting"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { reconcileLedgerWorkflow } from "../../../../workflows/support/reconcile-ledger"
import type { AdminStartReconciliationType } from "../validators"

/** Starts a run and answers at once; the run's record shows its progress. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminStartReconciliationType>, res: MedusaResponse<AdminStartedReconciliationResponse>) => {
  const runId = generateEntityId(undefined, "recon")
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  reconcileLedgerWorkflow(req.scope)
    .run({ input: { run_id: runId, trigger: "admin", ...req.validatedBody } })
    .catch((e: Error) => logger.error(`Reconciliation ${runId} failed: ${e.message}`))
  res.status(202).json({ reconciliation: { id: runId, status: "running" } })
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminReconciliationsResponse<Date>>) => {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [runs, count] = await support.listAndCountReconciliationRuns(
    {},
    { order: { started_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ reconciliations: runs as AdminReconciliationRun<Date>[], count, limit, offset })
}
