import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { RateLimiterRes } from "rate-limiter-flexible"
import { limiter } from "../../src/lib/kiosk/rate-limit"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

const redisUrl = process.env.REPORTING_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379"

describe("a rate limit in Redis", () => {
  const clients = [new Redis(redisUrl), new Redis(redisUrl)]
  afterAll(() => Promise.all(clients.map((c) => c.quit())))

  it("is one budget for two servers", async () => {
    const name = `two-servers-${Date.now()}`
    const [a, b] = clients.map((client) => limiter({ name, limit: 5, windowMs: 60_000 }, client))
    const outcomes: string[] = []
    for (const server of [a, b, a, b, a, b, a]) {
      outcomes.push(await server.consume("203.0.113.7").then(() => "ok", (r) => (r instanceof RateLimiterRes ? "limited" : `error: ${r}`)))
    }
    expect(outcomes).toEqual(["ok", "ok", "ok", "ok", "ok", "limited", "limited"])
  })
})

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    it("counts a client by its own address when TRUST_PROXY is off, whatever X-Forwarded-For it sends", async () => {
      expect(process.env.TRUST_PROXY).toBeUndefined()
      const statuses: number[] = []
      // Device registration allows 30 attempts a minute per IP; a wrong code is still an attempt.
      for (let i = 0; i < 32; i++) {
        const res = await settle(api.post("/kiosk/devices", { code: "WRONGCOD" }, { headers: { "x-forwarded-for": `198.51.100.${i}` } }))
        statuses.push(res.status)
      }
      expect(statuses.filter((s) => s === 429)).toHaveLength(2)
      expect(statuses.slice(30)).toEqual([429, 429])
    })
  },
})
