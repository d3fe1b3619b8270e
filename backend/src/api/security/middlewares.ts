import type { MiddlewareRoute } from "@medusajs/framework/http"
import { trustProxy } from "./trust-proxy"

// "/" without a method: Medusa registers it before every route's own middlewares.
export const securityRoutes: MiddlewareRoute[] = [{ matcher: "/", middlewares: [trustProxy()] }]
