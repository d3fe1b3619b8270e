import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { counterLinks } from "./counter-links"
import { counterLabel, counterLocationAddress, districtEn } from "./labels"
import { assertCounterCodeFreeStep } from "./steps/assert-counter-code-free"
import { createCounterStep, type CounterData } from "./steps/counter-record-steps"
import { createPublishableKeyStep } from "./steps/create-publishable-key"

/**
 * A new counter: `address` is the street address within the district (e.g. 世纪大道1198号) and
 * `district_zh` one of Shanghai's districts in Chinese, from which the English name follows.
 */
export type CreateCounterInput = Omit<CounterData, "district_en">

/**
 * A counter sells through its own sales channel and stock location, so each counter gets both,
 * linked to each other, plus a publishable key for its point-of-sale or kiosk client.
 */
export const createCounterWorkflow = createWorkflow("create-counter", (input: CreateCounterInput) => {
  assertCounterCodeFreeStep(input.code)

  const label = transform({ input }, ({ input }) => counterLabel(input))
  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input, label }, ({ input, label }) => ({
      salesChannelsData: [{ name: label, description: `${input.code} · ${input.district_zh}` }],
    })),
  })
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input, label }, ({ input, label }) => ({
      locations: [{ name: label, address: counterLocationAddress(input) }],
    })),
  })
  const ids = transform({ channels, locations }, ({ channels, locations }) => ({
    sales_channel_id: channels[0].id,
    stock_location_id: locations[0].id,
  }))
  linkSalesChannelsToStockLocationWorkflow.runAsStep({
    input: transform({ ids }, ({ ids }) => ({ id: ids.stock_location_id, add: [ids.sales_channel_id] })),
  })

  const key = createPublishableKeyStep(label)
  linkSalesChannelsToApiKeyWorkflow.runAsStep({
    input: transform({ ids, key }, ({ ids, key }) => ({ id: key.id, add: [ids.sales_channel_id] })),
  })

  const counter = createCounterStep(
    transform({ input }, ({ input }) => ({ ...input, district_en: districtEn(input.district_zh) }))
  )
  createRemoteLinkStep(transform({ counter, ids }, ({ counter, ids }) => counterLinks(counter.id, ids)))

  return new WorkflowResponse(
    transform({ counter, ids, key }, ({ counter, ids, key }) => ({
      ...counter,
      ...ids,
      publishable_key: key.token,
    }))
  )
})
