import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryParkedOrders } from "../../reporting/ledger/retry-parked"

type Input = { order_ids?: string[] }

/** No compensation: booking is idempotent and only adds what the orders say. */
const retryParkedOrdersStep = createStep("retry-parked-orders", async (input: Input, { container }) => {
  return new StepResponse(await retryParkedOrders(container, input.order_ids))
})

/** An operator fixed the orders listed for attention (or wants to see if they book now): try them again. */
export const retryLedgerAttentionWorkflow = createWorkflow("retry-ledger-attention", (input: Input) => {
  return new WorkflowResponse(retryParkedOrdersStep(input))
})
