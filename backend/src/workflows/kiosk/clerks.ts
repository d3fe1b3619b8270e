import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { hashPin } from "../../lib/kiosk/secrets"
import type { ClerkRole } from "../../modules/kiosk/constants"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"
import { findCounterPlace } from "../counter/steps/find-counter"

export type CreateClerkInput = { counter_id: string; name: string; pin: string; role: ClerkRole }
export type UpdateClerkInput = { id: string; counter_id: string; name?: string; pin?: string; role?: ClerkRole; active?: boolean }

const kioskOf = (container: { resolve: <T>(key: string) => T }) => container.resolve<KioskModuleService>(KIOSK_MODULE)

const createClerkStep = createStep(
  "kiosk-create-clerk",
  async ({ pin, ...input }: CreateClerkInput, { container }) => {
    await findCounterPlace(container, input.counter_id)
    const clerk = await kioskOf(container).createClerks({ ...input, pin_hash: await hashPin(pin) })
    return new StepResponse(clerk, clerk.id)
  },
  async (id, { container }) => {
    if (id) {
      await kioskOf(container).deleteClerks(id)
    }
  }
)

const updateClerkStep = createStep(
  "kiosk-update-clerk",
  async ({ id, counter_id, pin, ...changes }: UpdateClerkInput, { container }) => {
    const kiosk = kioskOf(container)
    const [before] = await kiosk.listClerks({ id, counter_id })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Clerk ${id} was not found at this counter`)
    }
    // A new PIN also lifts a lockout: the operator has just handed the clerk a fresh secret.
    const pinChanges = pin ? { pin_hash: await hashPin(pin), failed_attempts: 0, locked_until: null } : {}
    const clerk = await kiosk.updateClerks({ id, ...changes, ...pinChanges })
    const previous = {
      id,
      name: before.name,
      role: before.role,
      active: before.active,
      pin_hash: before.pin_hash,
      failed_attempts: before.failed_attempts,
      locked_until: before.locked_until,
    }
    return new StepResponse(clerk, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await kioskOf(container).updateClerks(previous)
    }
  }
)

export const createClerkWorkflow = createWorkflow("kiosk-create-clerk", (input: CreateClerkInput) => {
  return new WorkflowResponse(createClerkStep(input))
})

export const updateClerkWorkflow = createWorkflow("kiosk-update-clerk", (input: UpdateClerkInput) => {
  return new WorkflowResponse(updateClerkStep(input))
})
