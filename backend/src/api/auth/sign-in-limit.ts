import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { limiter, sharedRedis } from "../../lib/kiosk/rate-limit"

const WINDOW_MS = 15 * 60 * 1000
/** Guesses of one account from one address per window; a successful sign-in starts afresh. */
export const ACCOUNT_GUESSES = 10
/** Failed sign-ins from one address, over every account (password spraying). */
export const ADDRESS_GUESSES = 100

let budgets: { account: RateLimiterAbstract; address: RateLimiterAbstract } | undefined

function signInBudgets() {
  budgets ??= {
    account: limiter({ name: "sign-in-account", limit: ACCOUNT_GUESSES, windowMs: WINDOW_MS }, sharedRedis()),
    address: limiter({ name: "sign-in-address", limit: ADDRESS_GUESSES, windowMs: WINDOW_MS }, sharedRedis()),
  }
  return budgets
}

/**
 * Password sign-in (`POST /auth/:actor/emailpass`) of every actor: Medusa counts no failures. Each
 * attempt is charged before the password is checked, so a parallel burst gets at most
 * ACCOUNT_GUESSES answers; a success gives the charge back (and clears the account's count), so
 * only failures add up. Over budget: 429 with Retry-After, even for the right password.
 */
export async function signInLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { account, address } = signInBudgets()
  const ip = req.ip ?? req.socket.remoteAddress ?? "?"
  const email = String((req.body as { email?: unknown } | undefined)?.email ?? "").trim().toLowerCase()
  const accountKey = `${ip}|${email}`
  try {
    await address.consume(ip)
    try {
      await account.consume(accountKey)
    } catch (e) {
      await address.reward(ip)
      throw e
    }
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) {
      return next(rejection)
    }
    res.setHeader("retry-after", String(Math.ceil(rejection.msBeforeNext / 1000)))
    res.status(429).json({ type: "too_many_requests", message: "Too many failed sign-ins, try again later" })
    return
  }
  res.on("finish", () => {
    if (res.statusCode < 400) {
      void Promise.all([account.delete(accountKey), address.reward(ip)]).catch(() => {})
    }
  })
  next()
}
