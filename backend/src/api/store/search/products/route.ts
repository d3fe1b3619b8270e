import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreSearchResponse } from "@onecounty/contracts/store"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { searchProducts } from "../../../../lib/search/search-products"
import type { StoreSearchProductsType } from "../validators"

/** Product search for the storefront: hits, facet counts and the total, in the key's sales channels and the request's locale. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchProductsType>, res: MedusaResponse<StoreSearchResponse>) => {
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json(await searchProducts(query, req.validatedQuery, { sales_channel_ids: salesChannelIds, now: new Date(), locale: req.locale }))
}
