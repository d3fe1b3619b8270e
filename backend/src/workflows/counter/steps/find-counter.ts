import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FoundCounter = {
  id: string
  name_zh: string
  name_en: string
  address: string
  district_zh: string
  sales_channel?: { id: string } | null
  stock_location?: { id: string } | null
}

/** Reads a counter with its channel and location; an unknown id is a 404 naming the field. */
export const findCounterStep = createStep("find-counter-step", async (id: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "counter",
    fields: ["id", "name_zh", "name_en", "address", "district_zh", "sales_channel.id", "stock_location.id"],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no counter with id ${id}`)
  }
  return new StepResponse(data[0] as FoundCounter)
})
