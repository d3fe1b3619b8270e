import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

// Store product queries may ask for a product's origin, e.g. ?fields=+county.code,+certification.*
// Medusa matches allowed fields exactly, so each public field is listed; the middleware must be
// global (no method) to run before the core route's own query validation.
const PUBLIC_ORIGIN_FIELDS: Record<string, string[]> = {
  county: ["id", "code", "name_zh", "name_en", "specialty_zh", "specialty_en"],
  "county.prefecture": ["code", "name_zh", "name_en"],
  "county.prefecture.province": ["code", "name_zh", "name_en"],
  "county.pairings": ["district_zh", "district_en", "relation_type", "valid_from", "valid_to"],
  supplier: ["id", "name", "type", "households_linked"],
  certification: ["id", "number", "issuer", "issued_at", "expires_at"],
}

const ALLOWED = Object.entries(PUBLIC_ORIGIN_FIELDS).flatMap(([relation, fields]) => [
  relation,
  ...fields.map((field) => `${relation}.${field}`),
])

const allowOriginFields = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  req.allowed = [...(req.allowed ?? []), ...ALLOWED]
  next()
}

export const storeOriginRoutes: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [allowOriginFields] },
  { matcher: "/store/products/:id", middlewares: [allowOriginFields] },
]
