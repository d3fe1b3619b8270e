import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { verifyPin } from "../../lib/kiosk/secrets"
import type { ClerkRole } from "../../modules/kiosk/constants"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"
import { countedPinCheck } from "./steps/counted-pin"

export type PinOutcome =
  | { outcome: "ok"; clerk: { id: string; name: string; role: ClerkRole; counter_id: string } }
  | { outcome: "wrong"; attempts_left: number }
  | { outcome: "locked"; locked_until: Date }

/**
 * Checks a clerk's PIN at their own counter, counted before it is checked (steps/counted-pin): a
 * locked clerk is refused even with the right PIN, and a burst of guesses evaluates at most
 * PIN_ATTEMPTS. Wrong PINs are never rolled back, so this step has no compensation.
 */
const verifyClerkPinStep = createStep(
  "kiosk-verify-clerk-pin",
  async ({ clerk_id, counter_id, pin }: { clerk_id: string; counter_id: string; pin: string }, { container }) => {
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const [clerk] = await kiosk.listClerks({ id: clerk_id, counter_id, active: true })
    if (!clerk) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "clerk_id: no active clerk of this counter")
    }
    const checked = await countedPinCheck(kiosk, clerk.id, async () => ((await verifyPin(pin, clerk.pin_hash)) ? clerk : null))
    if (checked.outcome !== "ok") {
      return new StepResponse<PinOutcome>(checked)
    }
    return new StepResponse<PinOutcome>({
      outcome: "ok",
      clerk: { id: clerk.id, name: clerk.name, role: clerk.role, counter_id: clerk.counter_id },
    })
  }
)

export const verifyClerkPinWorkflow = createWorkflow(
  "kiosk-verify-clerk-pin",
  (input: { clerk_id: string; counter_id: string; pin: string }) => new WorkflowResponse(verifyClerkPinStep(input))
)
