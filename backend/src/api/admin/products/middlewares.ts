import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSetProductOrigin } from "./validators"

export const adminProductRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/products/:id/origin", middlewares: [validateAndTransformBody(AdminSetProductOrigin)] },
]
