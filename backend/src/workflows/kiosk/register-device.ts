import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { digest, newDeviceToken } from "../../lib/kiosk/secrets"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"

const consumeSetupCodeStep = createStep(
  "kiosk-consume-setup-code",
  async ({ code }: { code: string }, { container }) => {
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const used = await kiosk.consumeSetupCode(digest(code.trim().toUpperCase()))
    if (!used) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "code: unknown, already used or expired")
    }
    return new StepResponse(used, used.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).updateSetupCodes({ id, used_at: null })
    }
  }
)

const createDeviceStep = createStep(
  "kiosk-create-device",
  async ({ counter_id, setup_code_id }: { counter_id: string; setup_code_id: string }, { container }) => {
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const token = newDeviceToken()
    const device = await kiosk.createKioskDevices({ counter_id, token_hash: digest(token), last_seen_at: new Date() })
    await kiosk.updateSetupCodes({ id: setup_code_id, device_id: device.id })
    return new StepResponse({ device_id: device.id, counter_id, device_token: token }, device.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).deleteKioskDevices(id)
    }
  }
)

/** Spends a setup code and pins a new device to its counter; the token is returned once. */
export const registerDeviceWorkflow = createWorkflow("kiosk-register-device", (input: { code: string }) => {
  const used = consumeSetupCodeStep(input)
  const device = createDeviceStep({ counter_id: used.counter_id, setup_code_id: used.id })
  return new WorkflowResponse(device)
})
