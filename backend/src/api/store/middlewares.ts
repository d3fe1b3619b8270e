import type { MiddlewareRoute } from "@medusajs/framework/http"
import { guardCartChannel, guardStoreWrite } from "./carts/guard-cart-request"
import { readOriginFieldsInOneQuery } from "./product-origin-fields"

// Store product queries may ask for a product's origin, e.g. ?fields=+county.code,+certification.*
// The middlewares must be global (no method) to run before the core route's own query validation.
export const storeOriginRoutes: MiddlewareRoute[] = [
  { method: ["POST", "PUT", "PATCH"], matcher: "/store/*", middlewares: [guardStoreWrite] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [guardCartChannel] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [guardCartChannel] },
  { matcher: "/store/products", middlewares: [readOriginFieldsInOneQuery] },
  { matcher: "/store/products/:id", middlewares: [readOriginFieldsInOneQuery] },
]
