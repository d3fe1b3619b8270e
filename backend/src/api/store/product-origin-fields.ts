import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadProductOrigins } from "../../lib/origin-fields/load"
import { ORIGIN_RELATIONS, pick, PrivateOriginField, splitOriginFields, type Selection } from "../../lib/origin-fields/selection"

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

/** The `fields` parameter however it was sent: once, repeated, or as `fields[]`. */
const fieldsParam = (value: unknown) => (value === undefined ? undefined : [value].flat().map(String).join(","))

/**
 * Store product routes: the origin fields asked for (the storefront's lists and pages) are taken
 * out before Medusa's route reads the product and added from one query, which is what keeps an
 * origin-enriched list about as fast as a plain one; a private origin field is refused with 400.
 * Medusa's own allow-list for store products names no origin relation, so whatever this does not
 * take out (another spelling) is dropped by Medusa rather than read.
 */
export const readOriginFieldsInOneQuery = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  let split: ReturnType<typeof splitOriginFields>
  try {
    split = req.method === "GET" ? splitOriginFields(fieldsParam(req.query.fields)) : null
  } catch (error) {
    if (error instanceof PrivateOriginField) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, error.message))
    }
    throw error
  }
  if (!split) {
    return next()
  }
  const { rest, origin } = split
  req.query.fields = rest
  const send = res.json.bind(res)
  res.json = ((body: { products?: Product[]; product?: Product }) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    if (res.statusCode >= 400 || !products.length) {
      return send(body)
    }
    attachOrigins(req, products, origin).then(
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
