import { kvGet, kvSet, type KioskDb } from "./db"
import type { ClerkSession, KioskClerk } from "./types"

/**
 * Offline PIN login: a clerk whose 12 h session has run out can still sell while the device cannot
 * reach the server, verified against a salted PBKDF2 hash of their PIN made on the device at their
 * last online login. The PIN itself is never stored. Like the server, 5 wrong PINs lock the clerk
 * (here: on this device) for 15 minutes, and a right one resets the count.
 */
export type OfflinePinRecord = {
  clerk: KioskClerk
  counter_id: string
  /** base64 of the random salt and of the derived key. */
  salt: string
  hash: string
  iterations: number
  /** 72 h after the online login that cached it; past that only an online login will do. */
  valid_until: number
  failures: number
  locked_until: number | null
}

/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023): slow enough to make guessing a copied record costly. */
export const PBKDF2_ITERATIONS = 600_000
export const OFFLINE_VALIDITY_MS = 72 * 3_600_000
export const MAX_FAILURES = 5
export const LOCK_MS = 15 * 60_000
/** The offline session's own lifetime, like the server's; it can be renewed offline while the record is valid. */
export const OFFLINE_SESSION_MS = 12 * 3_600_000

const kvKey = (clerkId: string) => `offline-pin:${clerkId}`
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, ["deriveBits"])
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256)
  return new Uint8Array(bits)
}

/** Constant-time comparison, so the time taken does not tell how much of a guess was right. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

export type OfflinePinOptions = { now?: number; iterations?: number }

/** Called after each successful online login; replaces the clerk's record (new salt, count reset). */
export async function cacheOfflinePin(db: KioskDb, session: ClerkSession, counterId: string, pin: string, opts: OfflinePinOptions = {}): Promise<void> {
  const iterations = opts.iterations ?? PBKDF2_ITERATIONS
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const record: OfflinePinRecord = {
    clerk: session.clerk,
    counter_id: counterId,
    salt: b64(salt),
    hash: b64(await derive(pin, salt, iterations)),
    iterations,
    valid_until: (opts.now ?? Date.now()) + OFFLINE_VALIDITY_MS,
    failures: 0,
    locked_until: null,
  }
  await kvSet(db, kvKey(session.clerk.id), record)
}

export type OfflineLoginResult =
  | { ok: true; session: ClerkSession }
  | { ok: false; reason: "none" | "expired"; valid_until?: number }
  | { ok: false; reason: "wrong"; attempts_left: number }
  | { ok: false; reason: "locked"; locked_until: number }

/**
 * Checks a PIN against the cached record. The failure is counted on disk before the answer is given,
 * so reloading the page between guesses does not reset it.
 */
export async function offlineLogin(db: KioskDb, clerkId: string, counterId: string, pin: string, opts: { now?: number } = {}): Promise<OfflineLoginResult> {
  const now = opts.now ?? Date.now()
  const record = await kvGet<OfflinePinRecord>(db, kvKey(clerkId))
  if (!record || record.counter_id !== counterId) return { ok: false, reason: "none" }
  if (record.locked_until !== null && record.locked_until > now) return { ok: false, reason: "locked", locked_until: record.locked_until }
  if (record.valid_until <= now) return { ok: false, reason: "expired", valid_until: record.valid_until }
  const right = sameBytes(await derive(pin, unb64(record.salt), record.iterations), unb64(record.hash))
  if (!right) {
    // The count restarts at 0 when a lock is set, so a lock that ran out starts afresh, as on the server.
    const failures = record.failures + 1
    const locked = failures >= MAX_FAILURES
    await kvSet(db, kvKey(clerkId), { ...record, failures: locked ? 0 : failures, locked_until: locked ? now + LOCK_MS : null })
    return locked ? { ok: false, reason: "locked", locked_until: now + LOCK_MS } : { ok: false, reason: "wrong", attempts_left: MAX_FAILURES - failures }
  }
  await kvSet(db, kvKey(clerkId), { ...record, failures: 0, locked_until: null })
  return {
    ok: true,
    session: {
      token: "",
      offline: true,
      clerk: record.clerk,
      expires_at: new Date(Math.min(now + OFFLINE_SESSION_MS, record.valid_until)).toISOString(),
    },
  }
}
