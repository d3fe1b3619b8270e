import { errorHandler, type MedusaErrorHandlerFunction, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import helmet, { type HelmetOptions } from "helmet"
import { CONSOLE_PATH } from "../console/serve-console"

const CSP = {
  // JSON and uploaded files: nothing in them may load, run or be framed.
  api: { "default-src": ["'none'"], "frame-ancestors": ["'none'"], "base-uri": ["'none'"], "form-action": ["'none'"] },
  // The officials' console (a Vite build: its own scripts, styles and API, charts drawn on canvas).
  console: {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  },
}

const common = (production: boolean): HelmetOptions => ({
  // HTTPS only once deployed; a developer's http://localhost must not be told to upgrade.
  strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  xFrameOptions: { action: "deny" },
  // Product pictures under /static are shown by the storefront, another origin.
  crossOriginResourcePolicy: { policy: "cross-origin" },
})

/**
 * Security headers on every response of the API, the console and uploaded files (helmet):
 * nosniff, a referrer policy, no framing, a CSP fitting each, HSTS in production. Medusa's own
 * admin dashboard (/app) keeps its scripts: no CSP there.
 */
export function securityHeaders(production = process.env.NODE_ENV === "production") {
  const api = helmet({ ...common(production), contentSecurityPolicy: { useDefaults: false, directives: CSP.api } })
  const consoleApp = helmet({ ...common(production), contentSecurityPolicy: { useDefaults: false, directives: CSP.console } })
  const dashboard = helmet({ ...common(production), contentSecurityPolicy: false })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const path = new URL(req.originalUrl ?? req.url ?? "/", "http://backend").pathname.toLowerCase()
    const headers = path.startsWith(`${CONSOLE_PATH}/`) || path === CONSOLE_PATH ? consoleApp : path.startsWith("/app") ? dashboard : api
    headers(req, res, next)
  }
}

/**
 * Medusa's own error handler, after the same headers: Medusa's middlewares that run before the
 * route's (CORS, the publishable key, the /admin and /store authentication) answer from here when
 * they pass an error on, and would otherwise leave the response without them.
 */
export function securityHeadersOnErrors(production = process.env.NODE_ENV === "production"): MedusaErrorHandlerFunction {
  const headers = securityHeaders(production)
  const medusa = errorHandler()
  return (error, req, res, next) => headers(req, res, () => medusa(error, req, res, next))
}
