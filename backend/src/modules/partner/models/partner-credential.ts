import { model } from "@medusajs/framework/utils"

/**
 * A key id and its secret. Verifying an HMAC needs the secret itself, so it is kept sealed
 * (AES-256-GCM under PARTNER_SECRET_KEY, see credential-secret.ts) rather than only hashed; the
 * hash identifies it and the hint helps operators tell keys apart.
 */
export const PartnerCredential = model.define("partner_credential", {
  id: model.id({ prefix: "pcred" }).primaryKey(),
  partner_id: model.text().index(),
  key_id: model.text().unique(),
  secret_sealed: model.text(),
  secret_hash: model.text(),
  secret_hint: model.text(),
  last_used_at: model.dateTime().nullable(),
  revoked_at: model.dateTime().nullable(),
})
