import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { reservedMetadataPath } from "../../../lib/reporting/reserved-metadata"

/** The sales channels behind counters: their sales are recorded by the kiosk, never by a store cart. */
async function counterChannelIds(req: MedusaRequest): Promise<Set<string>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "counter", fields: ["sales_channel.id"] })
  return new Set(data.map((c: { sales_channel?: { id: string } | null }) => c.sales_channel?.id).filter((id): id is string => !!id))
}

/**
 * Nothing a shopper sends may decide how a sale is booked: store requests may not set the
 * metadata OneCounty reads, and a store cart may not sit in a counter's sales channel (a counter
 * sale is dated and attributed from the kiosk's own record).
 */
export async function guardStoreWrite(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const reserved = reservedMetadataPath(req.body)
  if (reserved) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${reserved}: reserved for OneCounty's own records; a store request may not set it`)
  }
  next()
}

export async function guardCartChannel(req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { sales_channel_id?: unknown }
  const creating = req.path.replace(/\/+$/, "") === "/store/carts"
  const asked = typeof body.sales_channel_id === "string" ? body.sales_channel_id : null
  if (!asked && !creating) {
    return next()
  }
  const counters = await counterChannelIds(req)
  if (asked && counters.has(asked)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `sales_channel_id: ${asked} is a counter's channel; counter sales are recorded by the kiosk`)
  }
  const keyChannels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!asked && keyChannels.length && keyChannels.every((id) => counters.has(id))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "x-publishable-api-key: this key belongs to a counter; online carts use the storefront's key")
  }
  next()
}
