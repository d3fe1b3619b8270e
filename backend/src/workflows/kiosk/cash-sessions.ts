import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"

const kioskOf = (container: { resolve: <T>(key: string) => T }) => container.resolve<KioskModuleService>(KIOSK_MODULE)

const openCashSessionStep = createStep(
  "kiosk-open-cash-session",
  async (input: { counter_id: string; clerk_id: string; opening_float: number }, { container }) => {
    const kiosk = kioskOf(container)
    const [open] = await kiosk.listCashSessions({ counter_id: input.counter_id, closed_at: null })
    if (open) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `cash_session: ${open.id} is still open at this counter`)
    }
    const session = await kiosk
      .createCashSessions({ counter_id: input.counter_id, opened_by: input.clerk_id, opened_at: new Date(), opening_float: input.opening_float })
      .catch((e: Error) => {
        // Two devices opening at once: the partial unique index lets one through.
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `cash_session: one is already open at this counter (${e.message})`)
      })
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (id) {
      await kioskOf(container).deleteCashSessions(id)
    }
  }
)

/** Closes the till once (KioskModuleService closeCashSession locks its row). */
const closeCashSessionStep = createStep(
  "kiosk-close-cash-session",
  async (input: { id: string; counter_id: string; clerk_id: string; counted: number; note?: string }, { container }) => {
    const closed = await kioskOf(container).closeCashSession({ ...input, note: input.note ?? null })
    return new StepResponse(closed, closed.id)
  },
  async (id, { container }) => {
    if (id) {
      await kioskOf(container).updateCashSessions({ id, closed_at: null, closed_by: null, counted: null, expected: null, discrepancy: null })
    }
  }
)

export const openCashSessionWorkflow = createWorkflow(
  "kiosk-open-cash-session",
  (input: { counter_id: string; clerk_id: string; opening_float: number }) => new WorkflowResponse(openCashSessionStep(input))
)

/** Closes the till: the expected cash is computed and stored with the count and the difference. */
export const closeCashSessionWorkflow = createWorkflow(
  "kiosk-close-cash-session",
  (input: { id: string; counter_id: string; clerk_id: string; counted: number; note?: string }) =>
    new WorkflowResponse(closeCashSessionStep(input))
)
