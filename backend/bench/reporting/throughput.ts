/**
 * Worker throughput: ledger line items booked per second.
 *
 *   cd backend && DATABASE_URL=… REDIS_URL=… npx medusa exec ./bench/reporting/throughput.ts
 *   (BENCH_ORDERS, default 5000, of 4 lines each; BENCH_CPU_PROFILE=<file> profiles the worker's window)
 *
 * Writes synthetic orders, delivers `order.placed` for each through the real subscriber (which
 * enqueues on a queue of its own for this run), then starts the worker — the code `npm run
 * worker` runs — and times it from start until the queue is empty. Prints the figures and checks
 * that the ledger holds every line once and the tallies add up to it. Then measures the ceiling
 * the worker is held to in the same run: one INSERT … ON CONFLICT DO NOTHING of 200,000 rows
 * shaped like sales_ledger_entry (generated in the database, so only the write is timed) into a
 * table with the ledger's columns, key and indexes, and prints the worker as a share of it.
 * Also prints the CPU time of this process and of the database's PostgreSQL backends over the
 * worker's window, per 1,000 line items: on a shared machine it moves far less than the wall clock.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import reportingLedger from "../../src/subscribers/reporting-ledger"
import { closeLedgerQueues } from "../../src/reporting/queue/enqueue"
import { startReportingWorker } from "../../src/reporting/queue/worker"
import { startCpuProfile } from "./cpu-profile"
import { startCpuTime } from "./cpu-time"
import { benchQueue, createBenchCatalogue, createBenchOrders } from "./synthetic"

const ORDERS = Number(process.env.BENCH_ORDERS || 5000)
const ITEMS = 4
const CEILING_ROWS = 200_000

/** Rows per second of one INSERT … ON CONFLICT DO NOTHING of CEILING_ROWS ledger-shaped rows. */
async function insertCeiling(db: Knex, tag: string) {
  const table = `bench_ceiling_${tag}`
  await db.raw(`create table ?? (like sales_ledger_entry including all)`, [table])
  try {
    const started = Date.now()
    await db.raw(
      `insert into ?? (kind, source_id, line_item_id, order_id, product_id, occurred_at, entry_date, year, month, sale_date,
         county_id, county_code, prefecture_code, province_code, partner_district, paired, channel_id, channel_kind, counter_id,
         certified, counts_toward_target, quantity, amount_fen, currency_code)
       select 'sale', 'order_' || (g / 4), 'ordli_' || g, 'order_' || (g / 4), 'prod_' || (g % 20), now(), current_date,
         2026, 12, current_date, 'county_' || (g % 10), '6531' || lpad((g % 10)::text, 2, '0'), '6531', '65', '宝山区', true,
         'sc_online', 'online', null, g % 3 <> 0, true, 1 + g % 3, 100 + g % 9900, 'cny'
       from generate_series(1, ?) g
       on conflict (kind, source_id, line_item_id) do nothing`,
      [table, CEILING_ROWS]
    )
    return CEILING_ROWS / ((Date.now() - started) / 1000)
  } finally {
    await db.raw(`drop table ??`, [table])
  }
}

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

  const stopProfile = await startCpuProfile()
  const stopCpu = await startCpuTime(db)
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
  const cpu = await stopCpu()
  await stopProfile()

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
  const perThousand = (ms: number) => Math.round((ms / (ORDERS * ITEMS)) * 1000)
  console.log(
    `cpu in the worker's window: this process ${Math.round(cpu.node)} ms, PostgreSQL backends ${Math.round(cpu.postgres)} ms` +
      ` = ${perThousand(cpu.node)} + ${perThousand(cpu.postgres)} ms per 1,000 line items`
  )
  const ceiling = await insertCeiling(db, tag)
  console.log(
    `ceiling: one INSERT … ON CONFLICT DO NOTHING of ${CEILING_ROWS} ledger rows = ${Math.round(ceiling)} rows/s; ` +
      `the worker is ${(((ORDERS * ITEMS) / seconds / ceiling) * 100).toFixed(0)} % of it`
  )
  console.log(`check: entries ${rows[0].entries} of ${ORDERS * ITEMS}, failed jobs ${failed}, tallies = ledger: ${rows[0].ledger === rows[0].tallied}`)
  await queue.obliterate({ force: true })
  await closeLedgerQueues()
}
