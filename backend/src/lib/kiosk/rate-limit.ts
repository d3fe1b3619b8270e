import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * A fixed-window limit per key, in this process's memory: enough for a single server; behind a
 * load balancer each instance counts on its own, so the effective limit is per instance. The
 * clerk lockout itself is stored in the database and holds across instances.
 */
export function rateLimit(options: { limit: number; windowMs: number; key: (req: MedusaRequest) => string }) {
  const hits = new Map<string, { count: number; resetAt: number }>()
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const now = Date.now()
    if (hits.size > 10_000) {
      hits.forEach((hit, key) => hit.resetAt <= now && hits.delete(key))
    }
    const key = options.key(req)
    const hit = hits.get(key)
    const current = hit && hit.resetAt > now ? hit : { count: 0, resetAt: now + options.windowMs }
    current.count += 1
    hits.set(key, current)
    if (current.count > options.limit) {
      res.setHeader("retry-after", String(Math.ceil((current.resetAt - now) / 1000)))
      res.status(429).json({ type: "too_many_requests", message: "Too many attempts, try again later" })
      return
    }
    next()
  }
}
