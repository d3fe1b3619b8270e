import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { CountyProduct, StoreCountyResponse } from "@onecounty/contracts/store"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUNTY_FIELDS } from "../../../../../lib/county-fields"
import { windowContains } from "../../../../../lib/date-window"
import { localise } from "../../../../../lib/i18n/localise"
import { visibleProductIds } from "../../visible-products"

type PairingRow = {
  district_zh: string | null
  district_en: string | null
  relation_type: string
  valid_from: string
  valid_to: string | null
}

/**
 * One county's page: where it is, who in Shanghai it is paired with today, and its products, with
 * name / specialty / story and the product titles in the request's locale (see localise).
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<StoreCountyResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "county",
    fields: [
      "id",
      "prefecture.id",
      "prefecture.province.id",
      ...COUNTY_FIELDS,
      "pairings.district_zh",
      "pairings.district_en",
      "pairings.relation_type",
      "pairings.valid_from",
      "pairings.valid_to",
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
    ],
    filters: { code: req.params.code },
  })
  const [county] = await localise(req.scope, req.locale, data)
  if (!county) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `code: no paired county with code ${req.params.code}`)
  }
  const { pairings, ...rest } = county
  const products = (county.products ?? []) as CountyProduct[]
  const now = new Date()
  const current = (pairings as PairingRow[]).find((p) =>
    windowContains({ valid_from: new Date(p.valid_from), valid_to: p.valid_to ? new Date(p.valid_to) : null }, now)
  )
  const visible = await visibleProductIds(req, products.map((p) => p.id))
  res.json({
    county: {
      ...rest,
      current_pairing: current ?? null,
      products: products.filter((p) => visible.has(p.id)),
    },
  })
}
