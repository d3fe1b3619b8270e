import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A counter with the sales channel and stock location linked to it (src/links/counter-*). */
export type FoundCounter = {
  id: string
  code: string
  name_zh: string
  name_en: string
  kind: string
  address: string
  district_zh: string
  sales_channel_id: string | undefined
  stock_location_id: string | undefined
}

/** A counter that can sell: it has its channel and its location. */
export type CounterPlace = FoundCounter & { sales_channel_id: string; stock_location_id: string }

/** The one reader of a counter with its links; an unknown id is a 404 naming the field. */
export async function findCounter(container: MedusaContainer, id: string): Promise<FoundCounter> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "counter",
    fields: ["id", "code", "name_zh", "name_en", "kind", "address", "district_zh", "sales_channel.id", "stock_location.id"],
    filters: { id },
  })
  const counter = data[0] as (Omit<FoundCounter, "sales_channel_id" | "stock_location_id"> & { sales_channel?: { id: string } | null; stock_location?: { id: string } | null }) | undefined
  if (!counter) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no counter with id ${id}`)
  }
  const { sales_channel, stock_location, ...fields } = counter
  return { ...fields, sales_channel_id: sales_channel?.id, stock_location_id: stock_location?.id }
}

/** The counter a kiosk sells at; refused when it has lost its channel or location. */
export async function findCounterPlace(container: MedusaContainer, id: string): Promise<CounterPlace> {
  const counter = await findCounter(container, id)
  if (!counter.sales_channel_id || !counter.stock_location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Counter ${counter.code} has no sales channel or stock location`)
  }
  return counter as CounterPlace
}

export const findCounterStep = createStep("find-counter-step", async (id: string, { container }) => new StepResponse(await findCounter(container, id)))
