import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"

export type RevokeDevicesInput = { counter_id: string; device_id?: string }

/** Revokes a counter's devices, or one of them; compensation gives back exactly those. */
export const revokeKioskDevicesStep = createStep(
  "kiosk-revoke-devices",
  async ({ counter_id, device_id }: RevokeDevicesInput, { container }) => {
    const revoked = await container.resolve<KioskModuleService>(KIOSK_MODULE).revokeDevices({ counter_id, id: device_id })
    return new StepResponse(revoked, revoked)
  },
  async (revoked, { container }) => {
    if (revoked?.length) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).updateKioskDevices(revoked.map((id) => ({ id, revoked_at: null })))
    }
  }
)

/** An operator takes a device off its counter: its token is refused from the next request on. */
export const revokeKioskDevicesWorkflow = createWorkflow("kiosk-revoke-devices", (input: RevokeDevicesInput) => {
  return new WorkflowResponse(revokeKioskDevicesStep(input))
})
