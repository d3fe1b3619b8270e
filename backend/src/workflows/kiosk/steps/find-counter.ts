import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export type CounterPlace = {
  id: string
  code: string
  name_zh: string
  name_en: string
  kind: string
  sales_channel_id: string
  stock_location_id: string
}

/** The counter with the channel it sells in and the location it sells from; 404 if absent. */
export async function findCounterPlace(container: MedusaContainer, counterId: string): Promise<CounterPlace> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "counter",
    fields: ["id", "code", "name_zh", "name_en", "kind", "sales_channel.id", "stock_location.id"],
    filters: { id: counterId },
  })
  const counter = data[0] as any
  if (!counter) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter ${counterId} was not found`)
  }
  if (!counter.sales_channel?.id || !counter.stock_location?.id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Counter ${counter.code} has no sales channel or stock location`)
  }
  return {
    id: counter.id,
    code: counter.code,
    name_zh: counter.name_zh,
    name_en: counter.name_en,
    kind: counter.kind,
    sales_channel_id: counter.sales_channel.id,
    stock_location_id: counter.stock_location.id,
  }
}
