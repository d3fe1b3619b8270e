import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { revokeKioskDevicesStep } from "../kiosk/revoke-devices"
import { counterLinks } from "./counter-links"
import { softDeleteCounterStep } from "./steps/counter-record-steps"
import { findCounterStep } from "./steps/find-counter"

/**
 * Soft-deletes a counter and detaches it from its sales channel and stock location. The channel,
 * location and key stay: orders and stock history still point at them. The counter's kiosk
 * devices are revoked with it, so no till keeps selling for a counter that is gone.
 */
export const deleteCounterWorkflow = createWorkflow("delete-counter", (input: { id: string }) => {
  const found = findCounterStep(input.id)
  const links = transform({ found }, ({ found }) =>
    counterLinks(found.id, {
      sales_channel_id: found.sales_channel_id,
      stock_location_id: found.stock_location_id,
    })
  )
  dismissRemoteLinkStep(links)
  revokeKioskDevicesStep({ counter_id: input.id })
  softDeleteCounterStep(input.id)

  return new WorkflowResponse({ id: input.id })
})
