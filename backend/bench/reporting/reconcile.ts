/**
 * Reconciliation time: recompute the ledger of today's orders (Asia/Shanghai) from the orders,
 * after deleting one entry in ten, and repair it.
 *
 *   cd backend && DATABASE_URL=… npx medusa exec ./bench/reporting/reconcile.ts
 *   (BENCH_ORDERS, default 0: first writes that many synthetic orders of 4 lines and books them;
 *    BENCH_DELETE_SHARE, default 0.1: the share of today's entries deleted before reconciling)
 *
 * Prints orders per second and the time that rate implies for a million orders.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { syncOrders } from "../../src/reporting/ledger/sync-orders"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { reconcileRange } from "../../src/reporting/reconcile/reconcile-range"
import { businessDate } from "../../src/reporting/shanghai-date"
import { createBenchCatalogue, createBenchOrders } from "./synthetic"

const ORDERS = Number(process.env.BENCH_ORDERS || 0)
const DELETE_SHARE = Number(process.env.BENCH_DELETE_SHARE || 0.1)

export default async function reconcileBench({ container }: ExecArgs) {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if (ORDERS) {
    const tag = `rc${Date.now().toString(36)}`
    const ids = await createBenchOrders(container, await createBenchCatalogue(container, tag), ORDERS, 4, 3)
    for (let i = 0; i < ids.length; i += 500) {
      await syncOrders(container, ids.slice(i, i + 500))
    }
    // A database that just took this many rows has no statistics yet (and autovacuum is off on
    // the development machine): without them the planner scans whole tables for each batch.
    await db.raw("analyze")
  }
  const today = businessDate(new Date()).date
  const { rows: victims } = await db.raw(
    `select kind, source_id, line_item_id from sales_ledger_entry where entry_date = ?::date and random() < ?`,
    [today, DELETE_SHARE]
  )
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteEntries(victims)

  const t = Date.now()
  const cpu = process.cpuUsage()
  const result = await reconcileRange(container, today, today, { repair: true })
  const seconds = (Date.now() - t) / 1000
  const used = process.cpuUsage(cpu)
  // wall time swings with whatever else the machine runs; this process's CPU time much less so
  const cpuSeconds = (used.user + used.system) / 1e6
  const rate = result.orders_total / seconds
  console.log(
    `reconciled ${result.orders_total} orders in ${seconds.toFixed(1)} s (${Math.round(rate)} orders/s): ` +
      `${result.differences_found} differences (${victims.length} entries deleted), ${result.repaired} repaired, ` +
      `${result.tally_rows_corrected} tally rows corrected`
  )
  console.log(`at this rate 1,000,000 orders take ${Math.round(1_000_000 / rate)} s`)
  console.log(`this process used ${cpuSeconds.toFixed(1)} s of CPU (${Math.round((cpuSeconds * 1_000_000) / result.orders_total)} s per million orders)`)
}
