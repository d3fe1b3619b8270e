import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompleteReturnStep, emitEventStep, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fenToAmount } from "../../lib/kiosk/fen"
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

const recordReturnStep = createStep(
  "kiosk-record-return",
  async (input: Omit<ReturnSaleInput, "items" | "location_id"> & { return_id: string; amount: number; lines: unknown[] }, { container }) => {
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const { lines, ...rest } = input
    const record = await kiosk.createKioskReturns({ ...rest, lines: { list: lines } })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).deleteKioskReturns(id)
    }
  }
)

/**
 * Goods back over the counter with a manager's approval: a received Medusa return on the order,
 * the units back in the counter's stock, the money refunded on the sale's payment. The return
 * and refund events reach the reporting ledger, which books them as negative entries.
 */
export const returnKioskSaleWorkflow = createWorkflow("kiosk-return-sale", (input: ReturnSaleInput) => {
  const prepared = prepareReturnStep(transform({ input }, ({ input }) => ({ sale_id: input.sale_id, order_id: input.order_id, items: input.items })))
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
      amount: fenToAmount(prepared.amount) as unknown as number,
      created_by: input.manager_id,
      note: `${input.refund_method}: ${input.reason}`,
    })),
  })
  const record = recordReturnStep(
    transform({ input, created, prepared }, ({ input, created, prepared }) => ({
      sale_id: input.sale_id,
      order_id: input.order_id,
      counter_id: input.counter_id,
      clerk_id: input.clerk_id,
      manager_id: input.manager_id,
      reason: input.reason,
      refund_method: input.refund_method,
      return_id: created.id,
      amount: prepared.amount,
      lines: prepared.lines,
    }))
  )
  emitEventStep({
    eventName: OrderWorkflowEvents.RETURN_RECEIVED,
    data: transform({ input, created }, ({ input, created }) => ({ order_id: input.order_id, return_id: created.id })),
  })
  return new WorkflowResponse(record)
})
