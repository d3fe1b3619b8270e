import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseCorsOrigins } from "@medusajs/framework/utils"

// The console's dev server by default; medusa-config adds the same origins to AUTH_CORS for sign-in.
const allowed = parseCorsOrigins(process.env.OFFICIALS_CORS || "http://localhost:7001")

const isAllowed = (origin: string) => allowed.some((o) => (typeof o === "string" ? o === origin : o.test(origin)))

/**
 * CORS for /officials*, which Medusa does not cover (it handles /store, /admin and /auth). The
 * console sends a bearer token, so preflights ask for the authorization header.
 */
export function officialsCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const origin = req.headers.origin
  if (origin && isAllowed(origin)) {
    res.setHeader("Access-Control-Allow-Origin", origin)
    res.setHeader("Access-Control-Allow-Credentials", "true")
    res.setHeader("Access-Control-Expose-Headers", "Content-Disposition")
    res.append("Vary", "Origin")
  }
  if (req.method === "OPTIONS") {
    if (origin && isAllowed(origin)) {
      res.setHeader("Access-Control-Allow-Methods", "GET,POST,OPTIONS")
      res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "authorization,content-type")
      res.setHeader("Access-Control-Max-Age", "600")
    }
    res.status(204).end()
    return
  }
  next()
}
