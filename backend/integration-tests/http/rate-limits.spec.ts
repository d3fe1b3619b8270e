import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { RateLimiterRes } from "rate-limiter-flexible"
import { limiter } from "../../src/lib/kiosk/rate-limit"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { signed } from "../partners/fixtures"

jest.setTimeout(240_000)

// A small partner budget so the limits are reached in a few requests: 3 a minute per key, 12 per address.
process.env.PARTNER_RATE_LIMIT_PER_MINUTE = "3"

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
  testSuite: ({ api, getContainer }) => {
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

    it("limits a partner's key once its signature holds, and every address before it is checked, whatever X-Forwarded-For says", async () => {
      const admin = await adminHeaders(getContainer())
      const { data } = await api.post("/admin/partners", { name_zh: "限流超市", name_en: "Limit Mart", kind: "supermarket_chain", district_zh: null }, admin)
      const issued = await api.post(`/admin/partners/${data.partner.id}/credentials`, {}, admin)
      const key = { key_id: issued.data.credential.key_id, secret: issued.data.secret }
      const send = (secret?: string, i = 0) => {
        const body = JSON.stringify({ lines: [] })
        const at = Math.floor(Date.now() / 1000)
        const headers = { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i}`, ...signed(key, body, at, secret) }
        return settle(api.post("/partners/sales", body, { headers })).then((r) => r.status)
      }
      // Signed: three a minute for the key (an empty body is refused after the signature, and still counts).
      const byKey: number[] = []
      for (let i = 0; i < 4; i++) byKey.push(await send(undefined, i))
      expect(byKey.slice(0, 3).every((s) => s !== 429)).toBe(true)
      expect(byKey[3]).toBe(429)
      // Forged: the address has 12, of which those 4 are spent; a new X-Forwarded-For is no new address.
      const forged: number[] = []
      for (let i = 0; i < 10; i++) forged.push(await send("not-the-secret", 100 + i))
      expect(forged).toEqual([...Array(8).fill(401), 429, 429])
    })
  },
})
