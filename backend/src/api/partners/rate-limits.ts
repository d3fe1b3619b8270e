import type { MedusaRequest } from "@medusajs/framework/http"
import { rateLimit } from "../../lib/kiosk/rate-limit"
import type { PartnerRequest } from "./verify-signature"

const MINUTE = 60_000
const DEFAULT_PER_KEY = 600

/**
 * Requests a minute one key may make: 600 × 5,000 lines is 50,000 lines/s, well above what a
 * partner's feed needs, low enough that a runaway retry loop cannot crowd out the others.
 */
export function partnerRequestsPerKey(value = process.env.PARTNER_RATE_LIMIT_PER_MINUTE): number {
  const limit = Number(value || DEFAULT_PER_KEY)
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`PARTNER_RATE_LIMIT_PER_MINUTE: "${value}" is not a whole number of requests ≥ 1`)
  }
  return limit
}

const perKey = partnerRequestsPerKey()
const ip = (req: MedusaRequest) => req.ip ?? req.socket.remoteAddress ?? "?"

/**
 * Charged before the signature is checked, per client address (X-Forwarded-For counts only behind
 * TRUST_PROXY): forged or unknown-key requests cost a key lookup and an HMAC each, and this bounds
 * them. An address may carry several partners' feeds (a hub's integrator), hence four keys' worth.
 */
export const limitPartnerAddress = rateLimit({ name: "partner-address", limit: perKey * 4, windowMs: MINUTE, key: ip })

/** Charged once the signature holds, per credential. */
export const limitPartnerKey = rateLimit({
  name: "partner-key",
  limit: perKey,
  windowMs: MINUTE,
  key: (req) => (req as PartnerRequest).partner!.credential_id,
})
