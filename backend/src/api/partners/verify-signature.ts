import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openSecret, sameSignature, signBody } from "../../modules/partner/credential-secret"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

/** As Stripe's webhooks: a signature more than five minutes from the server's clock is refused. */
export const PARTNER_SIGNATURE_TOLERANCE_S = 300
const LAST_USED_EVERY_MS = 60_000

export type PartnerRequest = MedusaRequest & { partner?: { partner_id: string; credential_id: string } }

const refuse = (res: MedusaResponse, reason: string) =>
  res.status(401).json({ type: "unauthorized", message: `OneCounty-Signature: ${reason}` })

/**
 * A partner's request: `OneCounty-Key` names an active credential, and `OneCounty-Signature`
 * (`t=<unix seconds>,v1=<hex>`) is HMAC-SHA256 under its secret over "<t>.<raw body>", within
 * the tolerance. Compared in constant time. A request replayed inside the window changes nothing
 * (lines are idempotent by partner, reference and line).
 */
export async function verifyPartnerSignature(req: PartnerRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const keyId = req.headers["onecounty-key"]
  const header = req.headers["onecounty-signature"]
  if (typeof keyId !== "string" || !keyId || typeof header !== "string" || !header) {
    return refuse(res, "OneCounty-Key and OneCounty-Signature headers are required")
  }
  const parts = new Map(header.split(",").map((p) => p.trim().split("=", 2) as [string, string]))
  const t = parts.get("t") ?? ""
  const v1 = parts.get("v1") ?? ""
  if (!/^\d{1,12}$/.test(t) || !/^[0-9a-f]{64}$/i.test(v1)) {
    return refuse(res, "must be t=<unix seconds>,v1=<64 hex digits>")
  }
  if (Math.abs(Date.now() / 1000 - Number(t)) > PARTNER_SIGNATURE_TOLERANCE_S) {
    return refuse(res, `timestamp is more than ${PARTNER_SIGNATURE_TOLERANCE_S} s from the server's clock`)
  }
  const partners = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  const [credential] = await partners.listPartnerCredentials({ key_id: keyId, revoked_at: null })
  const body = Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.alloc(0)
  // An unknown key is checked against a throwaway secret so it costs the same time as a known one.
  const secret = credential ? openSecret(credential.secret_sealed) : "unknown-key"
  const expected = signBody(secret, t, body)
  if (!sameSignature(expected, v1.toLowerCase()) || !credential) {
    return refuse(res, "signature does not match, or the key is unknown or revoked")
  }
  const [partner] = await partners.listPartners({ id: credential.partner_id }, { select: ["id"] })
  if (!partner) {
    return refuse(res, "the key's partner no longer exists")
  }
  if (!credential.last_used_at || Date.now() - new Date(credential.last_used_at).getTime() > LAST_USED_EVERY_MS) {
    await partners.updatePartnerCredentials([{ id: credential.id, last_used_at: new Date() }])
  }
  req.partner = { partner_id: credential.partner_id, credential_id: credential.id }
  next()
}
