import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { spawn, type ChildProcess } from "node:child_process"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import reportingLedger from "../../src/subscribers/reporting-ledger"
import { createCatalogue, createOrdersInBulk, eventually, useOwnReportingQueue } from "./fixtures"

jest.setTimeout(600_000)

useOwnReportingQueue()
const dbName = `oc_test_crash_${Math.random().toString(36).slice(2, 8)}`

const ORDERS = 600

/** `npm run worker` against the test database, as its own process. */
function startWorkerProcess(): ChildProcess {
  const child = spawn("npx", ["medusa", "exec", "./src/reporting/worker-main.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      DATABASE_URL: `postgres://${process.env.DB_USERNAME}@${process.env.DB_HOST}:5432/${dbName}`,
      REPORTING_BATCH_SIZE: "5",
      REPORTING_CONCURRENCY: "10",
      REPORTING_LOCK_MS: "3000",
      REPORTING_METRICS_PORT: "0",
    },
    stdio: "ignore",
    // its own process group, so the kill reaches medusa behind npx
    detached: true,
  })
  return child
}

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-(child.pid as number), signal)
  } catch {
    // already gone
  }
}

medusaIntegrationTestRunner({
  dbName,
  testSuite: ({ getContainer }) => {
    let worker: ChildProcess | undefined

    afterAll(async () => {
      if (worker) {
        killGroup(worker, "SIGKILL")
      }
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    it("keeps totals exact when the worker is SIGKILLed mid-batch and restarted", async () => {
      const container = getContainer()
      const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const queue = ledgerQueue(reportingQueueConfig())
      const catalogue = await createCatalogue(container)
      const { ids, totalFen: expectedFen } = await createOrdersInBulk(container, catalogue, ORDERS)
      // Straight through the subscriber: with REDIS_URL set the event bus is BullMQ too, and 600
      // events through it would time the bus rather than the ledger worker.
      for (const id of ids) {
        await reportingLedger({ event: { name: "order.placed", data: { id } }, container } as never)
      }
      // at least: with REDIS_URL set the shared event bus may bring other processes' events too
      await eventually(async () => expect(await queue.getWaitingCount()).toBeGreaterThanOrEqual(ORDERS))
      const booked = async () => (await db.raw(`select count(distinct order_id)::int n from sales_ledger_entry`)).rows[0].n

      worker = startWorkerProcess()
      await eventually(async () => expect(await booked()).toBeGreaterThan(0), 180_000)
      killGroup(worker, "SIGKILL")
      const atKill = await booked()
      expect(atKill).toBeLessThan(ORDERS)
      // jobs the dead worker held stay active until their lock lapses: it died mid-batch
      expect(await queue.getActiveCount()).toBeGreaterThan(0)

      worker = startWorkerProcess()
      await eventually(async () => expect(await booked()).toBe(ORDERS), 240_000)
      const ours = new Set(ids)
      expect((await queue.getFailed()).filter((job) => ours.has(job.data.order_id))).toEqual([])
      killGroup(worker, "SIGTERM")

      const { rows } = await db.raw(
        `select (select sum(amount_fen) from sales_ledger_entry)::int ledger,
                (select count(*) from sales_ledger_entry)::int entries,
                (select sum(sale_fen + reduction_fen) from sales_tally)::int tallied,
                (select sum(entries) from sales_tally)::int tallied_entries`
      )
      expect(rows[0]).toEqual({ ledger: expectedFen, entries: ORDERS, tallied: expectedFen, tallied_entries: ORDERS })
    })
  },
})
