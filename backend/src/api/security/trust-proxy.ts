import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trustProxyFromEnv } from "../../lib/config/trust-proxy"

/**
 * Medusa's express loader hard-codes `trust proxy` to one hop, so a client that reaches the
 * backend directly chooses its own req.ip with X-Forwarded-For. No configuration reaches that
 * setting, so the first request through the API replaces it with TRUST_PROXY's, before any
 * route or limit reads req.ip.
 */
export function trustProxy(setting = trustProxyFromEnv()) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.app.get("trust proxy") !== setting) {
      req.app.set("trust proxy", setting)
    }
    next()
  }
}
