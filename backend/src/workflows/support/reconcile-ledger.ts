import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reconcileLedgerStep } from "./steps/reconcile-ledger-step"
import { finishReconciliationRunStep, startReconciliationRunStep } from "./steps/reconciliation-run-steps"

export type ReconcileLedgerInput = {
  /** chosen by the caller so it can show the run's progress before the workflow returns */
  run_id: string
  trigger: "schedule" | "admin"
  from_date: string
  to_date: string
  repair?: boolean
}

export const reconcileLedgerWorkflow = createWorkflow("reconcile-ledger", (input: ReconcileLedgerInput) => {
  const run = startReconciliationRunStep(
    transform({ input }, ({ input }) => ({
      id: input.run_id,
      trigger: input.trigger,
      from_date: input.from_date,
      to_date: input.to_date,
    }))
  )
  reconcileLedgerStep(
    transform({ input, run }, ({ input, run }) => ({
      run_id: run.id,
      from_date: input.from_date,
      to_date: input.to_date,
      repair: input.repair ?? true,
    }))
  )
  return new WorkflowResponse(finishReconciliationRunStep(run.id))
})
