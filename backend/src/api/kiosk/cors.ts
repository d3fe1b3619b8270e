import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Medusa applies CORS to /store, /admin and /auth only; the kiosk UI is on the storefront's origin. */
export function kioskCors() {
  const allowed = new Set(
    (process.env.KIOSK_CORS || process.env.STORE_CORS || "http://localhost:8000")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean)
  )
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const origin = req.headers.origin
    if (origin && allowed.has(origin)) {
      res.setHeader("access-control-allow-origin", origin)
      res.setHeader("vary", "Origin")
      res.setHeader("access-control-allow-headers", "content-type, authorization, x-kiosk-device")
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS")
      res.setHeader("access-control-max-age", "600")
    }
    if (req.method === "OPTIONS") {
      res.status(204).end()
      return
    }
    next()
  }
}
