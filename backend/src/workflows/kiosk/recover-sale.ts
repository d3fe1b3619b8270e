import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { claimSaleStep } from "./steps/claim-sale"
import { finishSaleStep } from "./steps/finish-sale"
import { claimInput, priceInput } from "./sale-inputs"
import { priceSaleStep } from "./steps/price-sale"
import type { SubmitSaleInput } from "./submit-sale"

export type RecoverSaleInput = SubmitSaleInput & { order: { id: string; display_id: number } }

/**
 * A booking whose process died after making the order but before binding it: the resubmission
 * takes over the claim and binds that order instead of making a second one. What the dead run may
 * not have finished (fulfilment, stock, payment) is not guessed at: the sale is flagged
 * `booking_recovered` for an operator to check.
 */
export const recoverKioskSaleWorkflow = createWorkflow("kiosk-recover-sale", (input: RecoverSaleInput) => {
  const claim = claimSaleStep(transform({ input }, ({ input }) => claimInput(input)))
  const priced = priceSaleStep(transform({ input }, ({ input }) => priceInput(input)))
  const sale = finishSaleStep(
    transform({ claim, priced, input }, ({ claim, priced, input }) => ({
      sale_id: claim.id,
      counter_id: input.place.id,
      order_id: input.order.id,
      display_id: input.order.display_id,
      total: priced.total,
      flags: [
        ...priced.flags,
        {
          kind: "booking_recovered",
          detail: `order ${input.order.display_id} was made by a booking that was cut off: check its payment, handover and stock`,
        },
      ],
      lines: priced.lines,
      payment: priced.payment,
      override: priced.override,
    }))
  )
  emitEventStep({
    eventName: OrderWorkflowEvents.PLACED,
    data: transform({ input }, ({ input }) => ({ id: input.order.id })),
  })
  return new WorkflowResponse(sale)
})
