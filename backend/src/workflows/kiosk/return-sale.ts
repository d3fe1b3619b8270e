import { fenToYuan } from "@onecounty/contracts/money"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompleteReturnStep, emitEventStep, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { PaymentMethod } from "../../modules/kiosk/constants"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"
import { prepareReturnStep, type ReturnItemInput } from "./steps/prepare-return"
import { receiveKioskReturnStep } from "./steps/receive-return"
import { moveCounterStockStep } from "./steps/take-counter-stock"

export type ReturnSaleInput = {
  sale_id: string
  order_id: string
  counter_id: string
  location_id: string
  clerk_id: string
  manager_id: string
  reason: string
  refund_method: PaymentMethod
  items: ReturnItemInput[]
}

/** The reserved return now has its Medusa return; it counts in the till open now. */
const completeReturnStep = createStep(
  "kiosk-complete-return",
  async (input: { id: string; counter_id: string; return_id: string }, { container }) => {
    return new StepResponse(await container.resolve<KioskModuleService>(KIOSK_MODULE).completeReturn(input))
  }
)

/**
 * Goods back over the counter with a manager's approval: a received Medusa return on the order,
 * the units back in the counter's stock, the money refunded on the sale's payment. The return
 * and refund events reach the reporting ledger, which books them as negative entries.
 */
export const returnKioskSaleWorkflow = createWorkflow("kiosk-return-sale", (input: ReturnSaleInput) => {
  const prepared = prepareReturnStep(
    transform({ input }, ({ input }) => ({
      sale_id: input.sale_id,
      order_id: input.order_id,
      counter_id: input.counter_id,
      clerk_id: input.clerk_id,
      manager_id: input.manager_id,
      reason: input.reason,
      refund_method: input.refund_method,
      items: input.items,
    }))
  )
  const created = createCompleteReturnStep(
    transform({ input, prepared }, ({ input, prepared }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      items: prepared.return_items.map((i) => ({ ...i, note: input.reason })),
      created_by: input.clerk_id,
    }))
  )
  receiveKioskReturnStep(
    transform({ created, prepared, input }, ({ created, prepared, input }) => ({
      return_id: created.id,
      items: prepared.return_items,
      created_by: input.manager_id,
    }))
  )
  moveCounterStockStep(
    transform({ input, prepared }, ({ input, prepared }) => ({ location_id: input.location_id, items: prepared.stock }))
  )
  refundPaymentWorkflow.runAsStep({
    input: transform({ prepared, input }, ({ prepared, input }) => ({
      payment_id: prepared.payment_id,
      amount: fenToYuan(prepared.amount) as unknown as number,
      created_by: input.manager_id,
      note: `${input.refund_method}: ${input.reason}`,
    })),
  })
  const record = completeReturnStep(
    transform({ input, created, prepared }, ({ input, created, prepared }) => ({
      id: prepared.reservation_id,
      counter_id: input.counter_id,
      return_id: created.id,
    }))
  )
  emitEventStep({
    eventName: OrderWorkflowEvents.RETURN_RECEIVED,
    data: transform({ input, created }, ({ input, created }) => ({ order_id: input.order_id, return_id: created.id })),
  })
  return new WorkflowResponse(record)
})
