import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { PUBLIC_ORIGIN_FIELDS } from "../../lib/origin-fields/selection"
import { readOriginFieldsInOneQuery } from "./product-origin-fields"

// Store product queries may ask for a product's origin, e.g. ?fields=+county.code,+certification.*
// Medusa matches allowed fields exactly, so each public field is listed; the middlewares must be
// global (no method) to run before the core route's own query validation.
const ALLOWED = Object.entries(PUBLIC_ORIGIN_FIELDS).flatMap(([relation, fields]) => [
  relation,
  ...fields.map((field) => `${relation}.${field}`),
])

const allowOriginFields = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  req.allowed = [...(req.allowed ?? []), ...ALLOWED]
  next()
}

export const storeOriginRoutes: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [readOriginFieldsInOneQuery, allowOriginFields] },
  { matcher: "/store/products/:id", middlewares: [readOriginFieldsInOneQuery, allowOriginFields] },
]
