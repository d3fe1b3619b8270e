import type { MiddlewareRoute } from "@medusajs/framework/http"
import { securityHeaders, securityHeadersOnErrors } from "./headers"
import { trustProxy } from "./trust-proxy"

// "/" without a method: Medusa registers it before every route's own middlewares.
export const securityRoutes: MiddlewareRoute[] = [{ matcher: "/", middlewares: [trustProxy(), securityHeaders()] }]

export const securityErrorHandler = securityHeadersOnErrors()
