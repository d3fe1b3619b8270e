import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUNTY_FIELDS } from "../../../../../lib/county-fields"
import { windowContains } from "../../../../../lib/date-window"
import { visibleProductIds } from "../../visible-products"

type PairingRow = {
  district_zh: string | null
  district_en: string | null
  relation_type: string
  valid_from: string
  valid_to: string | null
}

/** One county's page: where it is, who in Shanghai it is paired with today, and its products. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "county",
    fields: [
      ...COUNTY_FIELDS,
      "pairings.district_zh",
      "pairings.district_en",
      "pairings.relation_type",
      "pairings.valid_from",
      "pairings.valid_to",
      "products.id",
      "products.title",
      "products.subtitle",
      "products.handle",
      "products.thumbnail",
    ],
    filters: { code: req.params.code },
  })
  const county = data[0]
  if (!county) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `code: no paired county with code ${req.params.code}`)
  }
  const { pairings, ...rest } = county
  const products = (county.products ?? []) as { id: string }[]
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
