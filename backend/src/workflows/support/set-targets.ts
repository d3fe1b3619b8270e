import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { SetTargetsResult, TargetValues } from "../../modules/support/service"

export const setTargetsStep = createStep(
  "set-support-targets",
  async (targets: TargetValues[], { container }) => {
    const result = await container.resolve<SupportModuleService>(SUPPORT_MODULE).setTargets(targets)
    return new StepResponse(result, result)
  },
  async (result: SetTargetsResult | undefined, { container }) => {
    if (!result) {
      return
    }
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    if (result.created.length) {
      await support.deleteSupportTargets(result.created)
    }
    if (result.previous.length) {
      await support.updateSupportTargets(result.previous)
    }
  }
)

/** Sets targets (one, or a whole validated import) by year, level and scope. */
export const setTargetsWorkflow = createWorkflow("set-support-targets", (targets: TargetValues[]) => {
  return new WorkflowResponse(setTargetsStep(targets))
})
