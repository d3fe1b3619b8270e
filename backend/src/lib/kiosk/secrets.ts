import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto"
import { promisify } from "node:util"
import { SETUP_CODE_ALPHABET } from "../../modules/kiosk/constants"

const scryptAsync = promisify(scrypt) as (pin: string, salt: Buffer, length: number) => Promise<Buffer>

/** `scrypt$<salt>$<hash>`, both base64: a 4–6 digit PIN needs a slow hash and its own salt. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16)
  const hash = await scryptAsync(pin, salt, 32)
  return `scrypt$${salt.toString("base64")}$${hash.toString("base64")}`
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split("$")
  if (scheme !== "scrypt" || !salt || !hash) {
    return false
  }
  const expected = Buffer.from(hash, "base64")
  const actual = await scryptAsync(pin, Buffer.from(salt, "base64"), expected.length)
  return timingSafeEqual(actual, expected)
}

/** Device tokens and setup codes are kept only as this digest. */
export const digest = (secret: string) => createHash("sha256").update(secret).digest("hex")

export const newDeviceToken = () => randomBytes(32).toString("base64url")

export const newSetupCode = () =>
  Array.from({ length: 8 }, () => SETUP_CODE_ALPHABET[randomInt(SETUP_CODE_ALPHABET.length)]).join("")
