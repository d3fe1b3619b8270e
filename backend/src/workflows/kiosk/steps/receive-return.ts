import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { return_id: string; items: { id: string; quantity: number }[]; created_by: string }

/** Receives the goods of a return at once (core-flows keeps its own step internal). */
export const receiveKioskReturnStep = createStep(
  "kiosk-receive-return",
  async (input: Input, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const received = await orders.receiveReturn(input)
    return new StepResponse(received, received.order_id)
  },
  async (orderId, { container }) => {
    if (orderId) {
      await container.resolve(Modules.ORDER).revertLastVersion(orderId)
    }
  }
)
