/**
 * Worker throughput: ledger line items booked per second.
 *
 *   cd backend && DATABASE_URL=… REDIS_URL=… npx medusa exec ./bench/reporting/throughput.ts
 *   (BENCH_ORDERS, default 5000, of 4 lines each)
 *
 * Writes synthetic orders, delivers `order.placed` for each through the real subscriber (which
 * enqueues on a queue of its own for this run), then starts the worker — the code `npm run
 * worker` runs — and times it from start until the queue is empty. Prints the figures and checks
 * that the ledger holds every line once and the tallies add up to it.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import reportingLedger from "../../src/subscribers/reporting-ledger"
import { closeLedgerQueues } from "../../src/reporting/queue/enqueue"
import { startReportingWorker } from "../../src/reporting/queue/worker"
import { benchQueue, createBenchCatalogue, createBenchOrders } from "./synthetic"

const ORDERS = Number(process.env.BENCH_ORDERS || 5000)
const ITEMS = 4

export default async function throughput({ container }: ExecArgs) {
  const tag = `tp${Date.now().toString(36)}`
  const { config, queue } = benchQueue(tag)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  let t = Date.now()
  const catalogue = await createBenchCatalogue(container, tag)
  const orderIds = await createBenchOrders(container, catalogue, ORDERS, ITEMS)
  console.log(`setup: ${ORDERS} orders × ${ITEMS} lines written in ${((Date.now() - t) / 1000).toFixed(1)} s`)

  t = Date.now()
  for (let i = 0; i < orderIds.length; i += 100) {
    await Promise.all(
      orderIds.slice(i, i + 100).map((id) =>
        reportingLedger({ event: { name: "order.placed", data: { id } }, container } as never)
      )
    )
  }
  const enqueueSeconds = (Date.now() - t) / 1000
  console.log(`subscriber → queue: ${ORDERS} jobs in ${enqueueSeconds.toFixed(1)} s (${Math.round(ORDERS / enqueueSeconds)} jobs/s)`)

  t = Date.now()
  const worker = startReportingWorker(container, config)
  for (;;) {
    const counts = await queue.getJobCounts("waiting", "active", "delayed")
    if (counts.waiting + counts.active + counts.delayed === 0) {
      break
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  const seconds = (Date.now() - t) / 1000
  await worker.close()

  const { rows } = await db.raw(
    `select (select count(*) from sales_ledger_entry where order_id = any(?))::int entries,
            (select sum(amount_fen) from sales_ledger_entry)::bigint ledger,
            (select sum(sale_fen + reduction_fen) from sales_tally)::bigint tallied`,
    [orderIds]
  )
  const failed = await queue.getFailedCount()
  console.log(
    `worker (concurrency ${config.concurrency}, batch ${config.batchSize}): ${ORDERS * ITEMS} line items in ${seconds.toFixed(1)} s` +
      ` = ${Math.round((ORDERS * ITEMS) / seconds)} line items/s (${Math.round(ORDERS / seconds)} orders/s)`
  )
  console.log(`check: entries ${rows[0].entries} of ${ORDERS * ITEMS}, failed jobs ${failed}, tallies = ledger: ${rows[0].ledger === rows[0].tallied}`)
  await queue.obliterate({ force: true })
  await closeLedgerQueues()
}
