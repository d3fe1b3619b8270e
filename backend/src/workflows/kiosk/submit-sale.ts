import { fenToYuan } from "@onecounty/contracts/money"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createOrderPaymentCollectionWorkflow,
  createOrdersStep,
  emitEventStep,
  markPaymentCollectionAsPaid,
  registerOrderFulfillmentStep,
} from "@medusajs/medusa/core-flows"
import { claimSaleStep } from "./steps/claim-sale"
import type { CounterPlace } from "../counter/steps/find-counter"
import { finishSaleStep, needsReview } from "./steps/finish-sale"
import { claimInput, priceInput } from "./sale-inputs"
import { priceSaleStep, type SaleItemInput, type SalePaymentInput } from "./steps/price-sale"
import { moveCounterStockStep } from "./steps/take-counter-stock"

export type SubmitSaleInput = {
  idempotency_key: string
  /** digest of the submitted sale (lib/kiosk/sale-fingerprint) */
  body_hash: string
  sold_at: Date
  place: CounterPlace
  /** the signed-in clerk, who is recorded as the seller */
  clerk_id: string
  items: SaleItemInput[]
  payment: SalePaymentInput
  override?: { manager_pin: string; reason: string }
}

/**
 * A counter sale becomes a Medusa order in the counter's channel: claimed by its idempotency
 * key, priced again on the server (differences flag it, never stop it), handed over at once
 * (fulfilled, stock taken from the counter's location), paid through the system provider, and
 * announced with order.placed so the reporting ledger books it on the day it was sold.
 */
export const submitKioskSaleWorkflow = createWorkflow("kiosk-submit-sale", (input: SubmitSaleInput) => {
  const claim = claimSaleStep(transform({ input }, ({ input }) => claimInput(input)))
  const priced = priceSaleStep(transform({ input }, ({ input }) => priceInput(input)))
  const orders = createOrdersStep([
    transform({ input, priced }, ({ input, priced }) => ({
      region_id: priced.region_id,
      currency_code: "cny",
      sales_channel_id: input.place.sales_channel_id,
      items: priced.order_items,
      metadata: {
        kiosk: {
          clerk_id: input.clerk_id,
          counter_id: input.place.id,
          sold_at: new Date(input.sold_at).toISOString(),
          idempotency_key: input.idempotency_key,
          flagged: needsReview(priced.flags),
        },
      },
    })) as any,
  ])
  const order = transform({ orders }, ({ orders }) => orders[0])
  registerOrderFulfillmentStep(
    transform({ order, input }, ({ order, input }) => ({
      order_id: order.id,
      created_by: input.clerk_id,
      items: (order.items ?? []).map((item) => ({ id: item.id, quantity: item.quantity })),
    }))
  )
  moveCounterStockStep(
    transform({ input, priced }, ({ input, priced }) => ({
      location_id: input.place.stock_location_id,
      items: priced.stock.map((s) => ({ inventory_item_id: s.inventory_item_id, quantity: -s.quantity })),
    }))
  )
  const collections = createOrderPaymentCollectionWorkflow.runAsStep({
    input: transform({ order, priced }, ({ order, priced }) => ({
      order_id: order.id,
      // The payment module takes exact decimal strings though this input is typed as a number.
      amount: fenToYuan(priced.total) as unknown as number,
    })),
  })
  markPaymentCollectionAsPaid.runAsStep({
    input: transform({ order, collections, input }, ({ order, collections, input }) => ({
      order_id: order.id,
      payment_collection_id: collections[0].id,
      captured_by: input.clerk_id,
    })),
  })
  const sale = finishSaleStep(
    transform({ claim, order, priced, input }, ({ claim, order, priced, input }) => ({
      sale_id: claim.id,
      counter_id: input.place.id,
      order_id: order.id,
      display_id: order.display_id,
      total: priced.total,
      flags: priced.flags,
      lines: priced.lines,
      payment: priced.payment,
      override: priced.override,
    }))
  )
  emitEventStep({
    eventName: OrderWorkflowEvents.PLACED,
    data: transform({ order }, ({ order }) => ({ id: order.id })),
  })
  return new WorkflowResponse(sale)
})
