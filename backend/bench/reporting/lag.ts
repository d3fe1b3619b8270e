/**
 * End-to-end lag at a steady 400 orders/s: from the subscriber enqueuing `order.placed` to the
 * worker committing the order's ledger entries.
 *
 *   cd backend && DATABASE_URL=… REDIS_URL=… npx medusa exec ./bench/reporting/lag.ts
 *   (BENCH_RATE default 400 orders/s, BENCH_SECONDS default 20, 3 lines per order)
 *
 * The worker runs as its own process (`npm run worker`), as in production; this process only
 * delivers the events on schedule and reads each completed job's enqueue and finish times.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { spawn } from "node:child_process"
import reportingLedger from "../../src/subscribers/reporting-ledger"
import { closeLedgerQueues } from "../../src/reporting/queue/enqueue"
import { benchQueue, createBenchCatalogue, createBenchOrders, percentile } from "./synthetic"

const RATE = Number(process.env.BENCH_RATE || 400)
const SECONDS = Number(process.env.BENCH_SECONDS || 20)
const TICK_MS = 50

export default async function lag({ container }: ExecArgs) {
  const tag = `lag${Date.now().toString(36)}`
  const { queue } = benchQueue(tag)
  const catalogue = await createBenchCatalogue(container, tag)
  const orderIds = await createBenchOrders(container, catalogue, RATE * SECONDS, 3, 7)

  const worker = spawn("npx", ["medusa", "exec", "./src/reporting/worker-main.ts"], {
    env: { ...process.env, REPORTING_METRICS_PORT: "0" },
    stdio: "ignore",
    detached: true,
  })
  while ((await queue.getWorkers()).length === 0) {
    await new Promise((r) => setTimeout(r, 250))
  }

  const perTick = (RATE * TICK_MS) / 1000
  const started = Date.now()
  for (let tick = 0; tick * perTick < orderIds.length; tick++) {
    const due = started + tick * TICK_MS
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())))
    await Promise.all(
      orderIds
        .slice(tick * perTick, (tick + 1) * perTick)
        .map((id) => reportingLedger({ event: { name: "order.placed", data: { id } }, container } as never))
    )
  }
  const offered = orderIds.length / ((Date.now() - started) / 1000)
  for (;;) {
    const counts = await queue.getJobCounts("waiting", "active", "delayed")
    if (counts.waiting + counts.active + counts.delayed === 0) {
      break
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  process.kill(-(worker.pid as number), "SIGTERM")

  const jobs = await queue.getJobs(["completed"], 0, -1)
  const lags = jobs.map((j) => ((j.finishedOn as number) - j.timestamp) / 1000)
  console.log(`offered ${Math.round(offered)} orders/s for ${SECONDS} s (${orderIds.length} orders, ${orderIds.length * 3} lines)`)
  console.log(
    `lag over ${lags.length} jobs: p50 ${percentile(lags, 50).toFixed(3)} s, p95 ${percentile(lags, 95).toFixed(3)} s, ` +
      `p99 ${percentile(lags, 99).toFixed(3)} s, max ${Math.max(...lags).toFixed(3)} s`
  )
  await queue.obliterate({ force: true })
  await closeLedgerQueues()
}
