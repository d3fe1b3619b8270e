import type { MiddlewareRoute } from "@medusajs/framework/http"
import { guardCartChannel, guardStoreWrite } from "./carts/guard-cart-request"
import { validateStoreOriginProducts } from "./origins/products/validators"

export const storeOriginRoutes: MiddlewareRoute[] = [
  { method: ["POST", "PUT", "PATCH"], matcher: "/store/*", middlewares: [guardStoreWrite] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [guardCartChannel] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [guardCartChannel] },
  { method: ["GET"], matcher: "/store/origins/products", middlewares: [validateStoreOriginProducts] },
]
