import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import { reconcileRange } from "../../../reporting/reconcile/reconcile-range"

export type ReconcileLedgerStepInput = { run_id: string; from_date: string; to_date: string; repair: boolean }

/**
 * No compensation: each batch's repair is a committed correction towards what the orders say,
 * so undoing it would only make the ledger wrong again.
 */
export const reconcileLedgerStep = createStep(
  "reconcile-ledger",
  async (input: ReconcileLedgerStepInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const result = await reconcileRange(container, input.from_date, input.to_date, {
      repair: input.repair,
      onProgress: async ({ differences, ...counts }) => {
        await support.updateReconciliationRuns({ id: input.run_id, ...counts, differences: { sample: differences } })
      },
    })
    return new StepResponse(result)
  }
)
