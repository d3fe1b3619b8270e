import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * Partners sign requests with HMAC-SHA256 under their secret, so the server must be able to
 * compute the same HMAC: a one-way hash alone cannot verify it. The secret is therefore sealed
 * with AES-256-GCM under a server key that is not in the database (PARTNER_SECRET_KEY, else
 * derived from JWT_SECRET), and kept hashed beside it: a database dump alone neither signs nor
 * reveals a secret.
 */
function serverKey(): Buffer {
  const configured = process.env.PARTNER_SECRET_KEY || process.env.JWT_SECRET || "supersecret"
  return createHash("sha256").update(`onecounty-partner-secret|${configured}`).digest()
}

export function newKeyId(): string {
  return `pkey_${randomBytes(12).toString("hex")}`
}

export function newSecret(): string {
  return `psk_${randomBytes(32).toString("base64url")}`
}

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex")

export function sealSecret(secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", serverKey(), iv)
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString("base64url")).join(".")
}

export function openSecret(sealed: string): string {
  const [iv, tag, data] = sealed.split(".").map((p) => Buffer.from(p, "base64url"))
  const decipher = createDecipheriv("aes-256-gcm", serverKey(), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8")
}

/** The v1 signature of a request: hex HMAC-SHA256 over "<timestamp>.<raw body>". */
export function signBody(secret: string, timestamp: number | string, body: Buffer | string): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex")
}

export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "hex")
  const b = Buffer.from(given, "hex")
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b)
}
