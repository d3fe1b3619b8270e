import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadProductOrigins } from "../../lib/origin-fields/load"
import { ORIGIN_RELATIONS, pick, splitOriginFields, type Selection } from "../../lib/origin-fields/selection"

type Product = Record<string, unknown> & { id: string }

async function attachOrigins(req: MedusaRequest, products: Product[], selection: Selection) {
  const origins = await loadProductOrigins(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), products.map((p) => p.id))
  for (const product of products) {
    const origin = origins.get(product.id)
    for (const relation of ORIGIN_RELATIONS) {
      const record = origin?.[relation]
      const wanted = selection[relation]
      if (record && wanted && wanted !== true) {
        product[relation] = pick(record, wanted)
      }
    }
  }
}

/**
 * Store product routes asked for explicit public origin fields (the storefront's lists and pages):
 * Medusa's route reads the product without them and the origins are added from one query, which
 * is what keeps an origin-enriched list about as fast as a plain one. Any other origin field
 * (wildcards, private columns) is left to Medusa's own link query and validation.
 */
export const readOriginFieldsInOneQuery = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  const split = req.method === "GET" && typeof req.query.fields === "string" ? splitOriginFields(req.query.fields) : null
  if (!split) {
    return next()
  }
  req.query.fields = split.rest
  const send = res.json.bind(res)
  res.json = ((body: { products?: Product[]; product?: Product }) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    if (res.statusCode >= 400 || !products.length) {
      return send(body)
    }
    attachOrigins(req, products, split.origin).then(
      () => send(body),
      (error: Error) => {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`store product origins: ${error.message}`)
        res.status(500)
        send({ type: "unknown_error", message: "An unknown error occurred." })
      }
    )
    return res
  }) as typeof res.json
  next()
}
