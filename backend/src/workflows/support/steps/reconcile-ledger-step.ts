import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import { retryParkedOrders } from "../../../reporting/ledger/retry-parked"
import { reconcileRange } from "../../../reporting/reconcile/reconcile-range"

export type ReconcileLedgerStepInput = { run_id: string; from_date: string; to_date: string; repair: boolean }

/**
 * Retries the orders listed for attention, then reconciles the range; orders it cannot book are
 * listed with the run, and everything else is repaired. No compensation: each batch's repair is a
 * committed correction towards what the orders say, so undoing it would only make the ledger
 * wrong again.
 */
export const reconcileLedgerStep = createStep(
  "reconcile-ledger",
  async (input: ReconcileLedgerStepInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    if (input.repair) {
      await retryParkedOrders(container)
    }
    const result = await reconcileRange(container, input.from_date, input.to_date, {
      repair: input.repair,
      onProgress: async ({ differences, attention, ...counts }) => {
        await support.updateReconciliationRuns({ id: input.run_id, ...counts, attention: attention.length, differences: { sample: differences } })
      },
    })
    await support.parkLedgerOrders(result.attention, "reconciliation", input.run_id)
    return new StepResponse(result)
  }
)
