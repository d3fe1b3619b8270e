import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { verifyPin } from "../../lib/kiosk/secrets"
import { PIN_ATTEMPTS, type ClerkRole } from "../../modules/kiosk/constants"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"

export type PinOutcome =
  | { outcome: "ok"; clerk: { id: string; name: string; role: ClerkRole; counter_id: string } }
  | { outcome: "wrong"; attempts_left: number }
  | { outcome: "locked"; locked_until: Date }

/**
 * Checks a clerk's PIN at their own counter. A locked clerk is refused even with the right PIN;
 * wrong PINs are counted and never rolled back, so this step has no compensation.
 */
const verifyClerkPinStep = createStep(
  "kiosk-verify-clerk-pin",
  async ({ clerk_id, counter_id, pin }: { clerk_id: string; counter_id: string; pin: string }, { container }) => {
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const [clerk] = await kiosk.listClerks({ id: clerk_id, counter_id, active: true })
    if (!clerk) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "clerk_id: no active clerk of this counter")
    }
    const now = new Date()
    if (clerk.locked_until && new Date(clerk.locked_until) > now) {
      return new StepResponse<PinOutcome>({ outcome: "locked", locked_until: new Date(clerk.locked_until) })
    }
    if (await verifyPin(pin, clerk.pin_hash)) {
      if (clerk.failed_attempts) {
        await kiosk.updateClerks({ id: clerk.id, failed_attempts: 0 })
      }
      return new StepResponse<PinOutcome>({
        outcome: "ok",
        clerk: { id: clerk.id, name: clerk.name, role: clerk.role, counter_id: clerk.counter_id },
      })
    }
    const failed = await kiosk.recordFailedPin(clerk.id)
    if (failed.locked_until && failed.locked_until > now) {
      return new StepResponse<PinOutcome>({ outcome: "locked", locked_until: failed.locked_until })
    }
    return new StepResponse<PinOutcome>({ outcome: "wrong", attempts_left: PIN_ATTEMPTS - failed.failed_attempts })
  }
)

export const verifyClerkPinWorkflow = createWorkflow(
  "kiosk-verify-clerk-pin",
  (input: { clerk_id: string; counter_id: string; pin: string }) => new WorkflowResponse(verifyClerkPinStep(input))
)
