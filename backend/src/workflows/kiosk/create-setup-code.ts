import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { digest, newSetupCode } from "../../lib/kiosk/secrets"
import { SETUP_CODE_TTL_MS } from "../../modules/kiosk/constants"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"
import { findCounterPlace } from "../counter/steps/find-counter"

const createSetupCodeStep = createStep(
  "kiosk-create-setup-code",
  async ({ counter_id }: { counter_id: string }, { container }) => {
    await findCounterPlace(container, counter_id)
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const code = newSetupCode()
    const expires_at = new Date(Date.now() + SETUP_CODE_TTL_MS)
    const record = await kiosk.createSetupCodes({ counter_id, code_hash: digest(code), expires_at })
    return new StepResponse({ code, expires_at }, record.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).deleteSetupCodes(id)
    }
  }
)

/** A one-time code (shown once, stored hashed) that pins a device to the counter within 24 h. */
export const createSetupCodeWorkflow = createWorkflow("kiosk-create-setup-code", (input: { counter_id: string }) => {
  return new WorkflowResponse(createSetupCodeStep(input))
})
