import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type StartRunInput = { id: string; trigger: "schedule" | "admin"; from_date: string; to_date: string }

export const startReconciliationRunStep = createStep(
  "start-reconciliation-run",
  async (input: StartRunInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const run = await support.createReconciliationRuns({ ...input, status: "running", started_at: new Date() })
    return new StepResponse(run, run.id)
  },
  // The run is kept as a record of the attempt; only its status says it did not finish.
  async (runId, { container }) => {
    if (!runId) {
      return
    }
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    await support.updateReconciliationRuns({ id: runId, status: "failed", finished_at: new Date(), error: "run did not complete" })
  }
)

export const finishReconciliationRunStep = createStep(
  "finish-reconciliation-run",
  async (runId: string, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const { attention } = await support.retrieveReconciliationRun(runId, { select: ["attention"] })
    const status = attention > 0 ? "succeeded_with_attention" : "succeeded"
    const run = await support.updateReconciliationRuns({ id: runId, status, finished_at: new Date() })
    return new StepResponse(run)
  }
)
