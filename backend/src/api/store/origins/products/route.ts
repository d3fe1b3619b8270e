import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreOriginProductsResponse } from "@onecounty/contracts/store"
import { loadStoreProductOrigins } from "../../../../lib/origin-fields/load-store-product-origins"
import { ALL_PUBLIC_ORIGIN_FIELDS, ORIGIN_RELATIONS, parseOriginFields, pick, PrivateOriginField, type Selection } from "../../../../lib/origin-fields/selection"
import type { StoreOriginProductsType } from "./validators"

type StoreProductOrigin = StoreOriginProductsResponse["products"][number]

function selection(fields: string[] | undefined): Selection {
  try {
    return parseOriginFields(fields ?? ALL_PUBLIC_ORIGIN_FIELDS)
  } catch (error) {
    if (error instanceof PrivateOriginField) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
}

/**
 * The public origin (county with prefecture, province and pairings; supplier; certification) of
 * published products in the publishable key's sales channels, for the storefront to join onto the
 * products it listed with Medusa's own /store/products. Ids the key may not see are left out.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreOriginProductsType>, res: MedusaResponse<StoreOriginProductsResponse>) => {
  const { ids, origin_fields } = req.validatedQuery
  const wanted = selection(origin_fields)
  const origins = await loadStoreProductOrigins(req.scope, [...new Set(ids)], req.publishable_key_context.sales_channel_ids)
  const products = [...origins].map(([id, origin]) => {
    const out: StoreProductOrigin = { id }
    for (const relation of ORIGIN_RELATIONS) {
      const record = origin[relation]
      const sub = wanted[relation]
      if (record && sub && sub !== true) {
        // pick keeps the public columns selection.ts lists, which is what ProductOrigin describes
        out[relation] = pick(record, sub) as never
      }
    }
    return out
  })
  res.json({ products })
}
