// The production configuration: medusa-config.ts as it is, with REDIS_URL set, so Medusa's cache,
// event bus, workflow engine and locking run on Redis (every other suite keeps them in memory). A
// checkout, a counter sale and the nightly job go through it, and their events reach the ledger.
// The suite claims a Redis database of its own (SET NX on a claim key, from 15 down), so another run
// on this Redis cannot take its events.
import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import IORedis from "ioredis"
import reconcileLedgerNightly from "../../src/jobs/reconcile-ledger"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { startReportingWorker, type ReportingWorker } from "../../src/reporting/queue/worker"
import { businessDate } from "../../src/reporting/shanghai-date"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createKioskWorld, PINS, PRICE_FEN } from "../kiosk/fixtures"
import { createCatalogue, eventually, placeOrder, useOwnReportingQueue } from "../reporting/fixtures"

jest.setTimeout(240_000)

useOwnReportingQueue()

const REDIS = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379"
const CLAIM = "onecounty:test-claim"
const run = `redis-modules-${randomUUID()}`
let claimed: { db: number; redis: IORedis } | undefined

/**
 * The first Redis database no other run has claimed, held for 30 minutes at most, and emptied:
 * a claimed database is the run's own, and a past run's scheduled jobs and events must not reach
 * this one.
 */
async function claimDatabase() {
  for (let db = 15; db >= 1; db--) {
    const redis = new IORedis(`${REDIS}/${db}`, { maxRetriesPerRequest: 1 })
    if ((await redis.set(CLAIM, run, "EX", 1800, "NX")) === "OK") {
      await redis.flushdb()
      await redis.set(CLAIM, run, "EX", 1800)
      return { db, redis }
    }
    await redis.quit()
  }
  throw new Error("every Redis database 1–15 is claimed by another run")
}

// Before the runner's own beforeAll, which loads medusa-config.ts and so reads REDIS_URL.
beforeAll(async () => {
  claimed = await claimDatabase()
  process.env.REDIS_URL = `${REDIS}/${claimed.db}`
})

afterAll(async () => {
  delete process.env.REDIS_URL
  if (claimed) {
    if ((await claimed.redis.get(CLAIM)) === run) {
      // the repeatable jobs the workflow engine scheduled go with the claim
      await claimed.redis.flushdb()
    }
    await claimed.redis.quit()
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let worker: ReportingWorker | undefined

    const ledger = async (orderId: string) =>
      (await db.raw(`select kind, amount_fen::int amount, entry_date::text from sales_ledger_entry where order_id = ? order by kind`, [orderId])).rows

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      worker = startReportingWorker(container)
    })

    afterEach(async () => {
      await worker?.close()
    })

    afterAll(async () => {
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    it("loads Medusa's Redis modules from medusa-config.ts, on this run's own database", async () => {
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const modules = config.modules as Record<string, { resolve?: string }>
      expect([Modules.CACHE, Modules.EVENT_BUS, Modules.WORKFLOW_ENGINE, Modules.LOCKING].map((m) => modules[m]?.resolve)).toEqual([
        "@medusajs/medusa/cache-redis",
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
      ])
      expect(config.projectConfig.redisUrl).toBe(`${REDIS}/${claimed!.db}`)
      // the services themselves, not only the configuration
      expect(container.resolve(Modules.EVENT_BUS).constructor.name).toMatch(/Redis/)
      const cache = container.resolve(Modules.CACHE)
      await cache.set(`${run}:probe`, { ok: true })
      expect(await claimed!.redis.keys(`*${run}:probe*`)).toHaveLength(1)
    })

    it("checks out an online order, its events booked through the Redis event bus", async () => {
      const catalogue = await createCatalogue(container)
      // Medusa's Redis event bus is a BullMQ queue, numbering its jobs with this counter
      const jobsAdded = async () => Number(await claimed!.redis.get("RedisEventBusService:events-queue:id"))
      const before = await jobsAdded()
      const orderId = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }])
      await eventually(async () => expect(await ledger(orderId)).toEqual([{ kind: "sale", amount: 2468, entry_date: businessDate(new Date()).date }]))
      // the events went through this run's Redis database
      expect(await jobsAdded()).toBeGreaterThan(before)
    })

    it("books a counter sale made through the kiosk API", async () => {
      const world = await createKioskWorld(container)
      const post = (url: string, body: unknown, headers: Record<string, string>) => settle(api.post(url, body, { headers }))
      const code = await post(`/admin/counters/${world.a.id}/setup-codes`, {}, (await adminHeaders(container)).headers)
      const device = await post("/kiosk/devices", { code: code.data.setup_code.code }, {})
      expect(device.status).toBe(201)
      const dev = { "x-kiosk-device": device.data.device_token }
      const login = await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: PINS.clerk }, dev)
      expect(login.status).toBe(200)
      const sold = await post(
        "/kiosk/sales",
        {
          idempotency_key: randomUUID(),
          sold_at: new Date().toISOString(),
          clerk_id: world.clerks.aClerk,
          items: [{ variant_id: world.variant, quantity: 2, unit_price: PRICE_FEN }],
          payment: { method: "cash", amount: 2 * PRICE_FEN, tendered: 5000 },
        },
        { ...dev, authorization: `Bearer ${login.data.token}` }
      )
      expect(sold.status).toBe(201)
      await eventually(async () => expect(await ledger(sold.data.sale.order_id)).toEqual([expect.objectContaining({ kind: "sale", amount: 2 * PRICE_FEN })]))
    })

    it("runs the nightly reconciliation job through the Redis workflow engine", async () => {
      const catalogue = await createCatalogue(container)
      const orderId = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
      await eventually(async () => expect(await ledger(orderId)).toHaveLength(1))
      await worker?.close()
      worker = undefined
      // paid yesterday in Shanghai, then its entry damaged: the night's job must put it right
      const yesterday = new Date(Date.now() - 86_400_000)
      await db.raw(`update "order" set created_at = ? where id = ?`, [yesterday, orderId])
      await db.raw(`update order_transaction set created_at = ? where order_id = ? and reference = 'capture'`, [yesterday, orderId])
      await db.raw(`update sales_ledger_entry set entry_date = ?, sale_date = ?, amount_fen = 1 where order_id = ?`, [
        businessDate(yesterday).date,
        businessDate(yesterday).date,
        orderId,
      ])
      await reconcileLedgerNightly(container)
      expect(await ledger(orderId)).toEqual([{ kind: "sale", amount: 1234, entry_date: businessDate(yesterday).date }])
      const { data } = await api.get("/admin/reporting/reconciliations", await adminHeaders(container))
      expect(data.reconciliations[0]).toMatchObject({ trigger: "schedule", status: "succeeded", repaired: 1 })
    })
  },
})
