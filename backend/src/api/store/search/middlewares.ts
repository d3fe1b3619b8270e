import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSearchProducts } from "./validators"

export const storeSearchRoutes: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/search/products",
    middlewares: [validateAndTransformQuery(StoreSearchProducts, {})],
  },
]
