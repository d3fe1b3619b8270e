import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COUNTER_MODULE } from "../../modules/counter"

/** The links between a counter and its own sales channel and stock location. */
export function counterLinks(
  counterId: string,
  { sales_channel_id, stock_location_id }: { sales_channel_id?: string; stock_location_id?: string }
): LinkDefinition[] {
  const links: LinkDefinition[] = []
  if (sales_channel_id) {
    links.push({ [COUNTER_MODULE]: { counter_id: counterId }, [Modules.SALES_CHANNEL]: { sales_channel_id } })
  }
  if (stock_location_id) {
    links.push({ [COUNTER_MODULE]: { counter_id: counterId }, [Modules.STOCK_LOCATION]: { stock_location_id } })
  }
  return links
}
