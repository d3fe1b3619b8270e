import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logger } from "@medusajs/framework/logger"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

export type RateLimitOptions = {
  limit: number
  windowMs: number
  key: (req: MedusaRequest) => string
  /** Names the budget in Redis, the same on every instance. */
  name: string
}

/**
 * A fixed-window limit per key. In Redis when the backend has one, so every instance behind a
 * load balancer counts against the same budget; if Redis stops answering, each instance counts
 * in its own memory until it is back (rate-limiter-flexible's insurance limiter).
 */
export function limiter(options: Omit<RateLimitOptions, "key">, redis: Redis | undefined): RateLimiterAbstract {
  // RATE_LIMIT_PREFIX keeps test runs that share a Redis out of each other's budgets.
  const prefix = process.env.RATE_LIMIT_PREFIX || "onecounty:rate-limit"
  const budget = { keyPrefix: `${prefix}:${options.name}`, points: options.limit, duration: Math.ceil(options.windowMs / 1000) }
  if (!redis) {
    return new RateLimiterMemory(budget)
  }
  return new RateLimiterRedis({ ...budget, storeClient: redis, insuranceLimiter: new RateLimiterMemory(budget) })
}

let shared: Redis | undefined | null = null

/** One connection for every limit of the process, or none without REDIS_URL / REPORTING_REDIS_URL. */
export function sharedRedis(): Redis | undefined {
  if (shared === null) {
    const url = process.env.REDIS_URL || process.env.REPORTING_REDIS_URL
    shared = url ? new Redis(url, { maxRetriesPerRequest: 1 }) : undefined
    if (!shared) {
      logger.warn("Rate limits: no REDIS_URL, counting in this process's memory; with several instances each has its own budget")
    }
  }
  return shared
}

/** Middleware answering 429 with Retry-After once a key has used its budget for the window. */
export function rateLimit(options: RateLimitOptions) {
  let budget: RateLimiterAbstract | undefined
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    budget ??= limiter(options, sharedRedis())
    try {
      await budget.consume(options.key(req))
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        return next(rejection)
      }
      res.setHeader("retry-after", String(Math.ceil(rejection.msBeforeNext / 1000)))
      res.status(429).json({ type: "too_many_requests", message: "Too many attempts, try again later" })
      return
    }
    next()
  }
}
