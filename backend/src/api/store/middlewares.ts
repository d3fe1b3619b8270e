import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

// Lets store product queries ask for the origin links, e.g. ?fields=+county.*,+certification.*
const ORIGIN_FIELDS = ["county", "county.prefecture", "county.prefecture.province", "supplier", "certification"]

const allowOriginFields = (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  req.allowed?.push(...ORIGIN_FIELDS)
  next()
}

export const storeOriginRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/products", middlewares: [allowOriginFields] },
  { method: ["GET"], matcher: "/store/products/:id", middlewares: [allowOriginFields] },
]
