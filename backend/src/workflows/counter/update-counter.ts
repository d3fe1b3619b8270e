import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSalesChannelsWorkflow, updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import type { CounterKind } from "../../modules/counter/constants"
import { counterLabel, counterLocationAddress, districtEn } from "./labels"
import { updateCounterStep } from "./steps/counter-record-steps"
import { findCounterStep } from "./steps/find-counter"

export type UpdateCounterInput = {
  id: string
  name_zh?: string
  name_en?: string
  kind?: CounterKind
  address?: string
  district_zh?: string
}

/** Updates a counter and keeps its sales channel's and stock location's name and address in step. */
export const updateCounterWorkflow = createWorkflow("update-counter", (input: UpdateCounterInput) => {
  const found = findCounterStep(input.id)

  const changes = transform({ input }, ({ input }) =>
    input.district_zh === undefined ? input : { ...input, district_en: districtEn(input.district_zh) }
  )
  const counter = updateCounterStep(changes)

  const next = transform({ input, found }, ({ input, found }) => {
    const merged = { ...found, ...input }
    return {
      label: counterLabel(merged),
      address: counterLocationAddress(merged),
      sales_channel_id: found.sales_channel_id,
      stock_location_id: found.stock_location_id,
      renamed: input.name_zh !== undefined || input.name_en !== undefined,
      moved: input.address !== undefined || input.district_zh !== undefined,
    }
  })

  when("rename-counter-channel", { next }, ({ next }) => next.renamed && !!next.sales_channel_id).then(() => {
    updateSalesChannelsWorkflow.runAsStep({
      input: transform({ next }, ({ next }) => ({
        selector: { id: next.sales_channel_id },
        update: { name: next.label },
      })),
    })
  })
  when(
    "update-counter-location",
    { next },
    ({ next }) => (next.renamed || next.moved) && !!next.stock_location_id
  ).then(() => {
    updateStockLocationsWorkflow.runAsStep({
      input: transform({ next }, ({ next }) => ({
        selector: { id: next.stock_location_id },
        update: { name: next.label, address: next.address },
      })),
    })
  })

  return new WorkflowResponse(counter)
})
