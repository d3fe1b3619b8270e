/**
 * Reconciliation of a year of a million orders, with the time of each phase.
 *
 *   createdb rc_million && DATABASE_URL=postgres://…/rc_million npx medusa db:migrate
 *   cd backend && DATABASE_URL=postgres://…/rc_million npx medusa exec ./bench/reporting/reconcile-million.ts
 *   (BENCH_ORDERS, default 1,000,000, written on the first run only (million-orders.ts: COPY into
 *    Medusa's order tables and the ledger buildLedgerEntries makes of the same facts), then a
 *    sample of BENCH_SAMPLE orders (2,000) booked again through the worker's syncOrders and held
 *    to the copied entries; each run then deletes BENCH_DELETE_SHARE (0.1) of the entries, alters
 *    1,000 amounts and 1,000 districts, adds 500 stray entries, reconciles the year (or Shanghai days
 *    BENCH_FROM–BENCH_TO; the damage stays within them) and repairs,
 *    and checks the ledger against the fingerprints taken right after the build and the tallies
 *    against the ledger (BENCH_CHECK=0 skips that); BENCH_PROFILE=file.cpuprofile writes a CPU profile of the reconciliation)
 */
import { readFile, writeFile } from "node:fs/promises"
import { Session } from "node:inspector/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SUPPORT_MODULE } from "../../src/modules/support"
import { FINGERPRINT_SQL } from "../../src/modules/support/ledger/fingerprint"
import type SupportModuleService from "../../src/modules/support/service"
import { syncOrders } from "../../src/reporting/ledger/sync-orders"
import { reconcileRange, type ReconcileOptions } from "../../src/reporting/reconcile/reconcile-range"
import { benchAttribution, copyMillionOrders } from "./million-orders"
import { createBenchCatalogue } from "./synthetic"

const ORDERS = Number(process.env.BENCH_ORDERS || 1_000_000)
const SAMPLE = Number(process.env.BENCH_SAMPLE || 2000)
const DELETE_SHARE = Number(process.env.BENCH_DELETE_SHARE || 0.1)
// a CPU profile of this process during the reconciliation, for Chrome's DevTools
const PROFILE = process.env.BENCH_PROFILE
const YEAR = 2025
// the range reconciled (and damaged first): the whole year unless narrowed
const FROM = process.env.BENCH_FROM || `${YEAR}-01-01`
const TO = process.env.BENCH_TO || `${YEAR}-12-31`
// what the booking wrote, kept to check the repaired ledger against (bench-only table)
const PRISTINE = "bench_pristine_ledger"

const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1)

async function build(container: ExecArgs["container"], db: Knex) {
  let t = performance.now()
  const catalogue = await createBenchCatalogue(container, `m${Date.now().toString(36)}`)
  const attribution = await benchAttribution(container, catalogue)
  console.log(`catalogue and attribution: ${seconds(t)} s`)
  t = performance.now()
  const written = await copyMillionOrders(process.env.DATABASE_URL as string, catalogue, attribution, ORDERS, YEAR)
  console.log(`COPY of ${written.orders} orders, ${written.lines} lines and ${written.entries} ledger entries: ${seconds(t)} s`)
  t = performance.now()
  await db.raw("analyze")
  console.log(`analyze: ${seconds(t)} s`)
  t = performance.now()
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.rebuildTallies(`${YEAR}-01-01`, `${YEAR}-12-31`)
  console.log(`tallies rebuilt from the ledger: ${seconds(t)} s`)
  t = performance.now()
  await db.raw(`create table ${PRISTINE} as select kind, source_id, line_item_id, md5(${FINGERPRINT_SQL}) as print from sales_ledger_entry`)
  console.log(`fingerprints kept: ${seconds(t)} s`)

  // The copied entries must be what the worker books: take a sample out and book it again.
  t = performance.now()
  const { rows } = await db.raw(`select id from "order" where id like 'order_bm%' and random() < ? limit ?`, [(SAMPLE * 2) / ORDERS, SAMPLE])
  const ids = rows.map((r: { id: string }) => r.id)
  const keys = (await db.raw(`select kind, source_id, line_item_id from sales_ledger_entry where order_id = any(?)`, [ids])).rows
  await support.deleteEntries(keys)
  const { inserted } = await syncOrders(container, ids)
  const differing = await differingFromPristine(db, ids)
  console.log(
    `sample of ${ids.length} orders deleted and booked again through syncOrders: ${inserted} of ${keys.length} entries, ` +
      `${differing} differing from the copied ones: ${differing === 0 && inserted === keys.length ? "EQUAL" : "DIFFERENT"} (${seconds(t)} s)`
  )
}

/** Entries whose fingerprint is not the one kept after the build, either way (all orders without `ids`). */
async function differingFromPristine(db: Knex, ids?: string[]): Promise<number> {
  const scope = ids ? `where order_id = any(?)` : ""
  const pristineScope = ids ? `where p.source_id in (select source_id from sales_ledger_entry where order_id = any(?))` : ""
  const { rows } = await db.raw(
    `select count(*)::int as n from (
       (select kind, source_id, line_item_id, md5(${FINGERPRINT_SQL}) from sales_ledger_entry ${scope}
        except select * from ${PRISTINE} p ${pristineScope})
       union all
       (select * from ${PRISTINE} p ${pristineScope}
        except select kind, source_id, line_item_id, md5(${FINGERPRINT_SQL}) from sales_ledger_entry ${scope})
     ) d`,
    ids ? [ids, ids, ids, ids] : []
  )
  return rows[0].n
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving this database (a local server, read
 * from /proc): on a shared machine wall time mostly measures the neighbours, CPU time much less.
 */
async function databaseCpuSeconds(db: Knex): Promise<number | null> {
  const { rows } = await db.raw(`select pid from pg_stat_activity where datname = current_database()`)
  let ticks = 0
  for (const { pid } of rows as { pid: number }[]) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      return null
    }
  }
  return ticks / 100
}

async function damage(db: Knex) {
  const t = performance.now()
  const inRange = `entry_date between ?::date and ?::date`
  const deleted = (await db.raw(`delete from sales_ledger_entry where ${inRange} and random() < ?`, [FROM, TO, DELETE_SHARE])).rowCount
  const amounts = (
    await db.raw(`update sales_ledger_entry set amount_fen = amount_fen + 1 where id in (select id from sales_ledger_entry where ${inRange} order by random() limit 1000)`, [FROM, TO])
  ).rowCount
  const districts = (
    await db.raw(
      `update sales_ledger_entry set partner_district = '外滩区' where id in (select id from sales_ledger_entry where ${inRange} order by random() limit 1000)`,
      [FROM, TO]
    )
  ).rowCount
  const stray = (
    await db.raw(
      `insert into sales_ledger_entry (kind, source_id, line_item_id, order_id, product_id, occurred_at, entry_date, year, month, sale_date,
         county_id, county_code, prefecture_code, province_code, partner_district, paired, channel_id, channel_kind, counter_id, certified,
         counts_toward_target, quantity, amount_fen, currency_code)
       select 'refund', 'refund_stray_' || id, line_item_id, order_id, product_id, occurred_at, entry_date, year, month, sale_date,
         county_id, county_code, prefecture_code, province_code, partner_district, paired, channel_id, channel_kind, counter_id, certified,
         counts_toward_target, 0, -amount_fen, currency_code
       from sales_ledger_entry where kind = 'sale' and ${inRange} order by random() limit 500`,
      [FROM, TO]
    )
  ).rowCount
  await db.raw("analyze sales_ledger_entry")
  console.log(`damage: ${deleted} entries deleted, ${amounts} amounts and ${districts} districts altered, ${stray} stray entries added (${seconds(t)} s)`)
}

export default async function reconcileMillion({ container }: ExecArgs) {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const built = (await db.raw(`select to_regclass(?) as t`, [PRISTINE])).rows[0].t
  if (!built) {
    const t = performance.now()
    await build(container, db)
    console.log(`database built in ${seconds(t)} s`)
  }
  await damage(db)

  const timings: NonNullable<ReconcileOptions["timings"]> = {}
  const profiler = PROFILE ? new Session() : null
  if (profiler) {
    profiler.connect()
    await profiler.post("Profiler.enable")
    await profiler.post("Profiler.start")
  }
  const t = performance.now()
  const cpu = process.cpuUsage()
  const databaseCpu = await databaseCpuSeconds(db)
  const result = await reconcileRange(container, FROM, TO, { repair: true, timings })
  const wall = (performance.now() - t) / 1000
  const used = process.cpuUsage(cpu)
  const databaseUsed = databaseCpu === null ? null : ((await databaseCpuSeconds(db)) ?? databaseCpu) - databaseCpu
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop")
    await writeFile(PROFILE as string, JSON.stringify(profile))
  }
  console.log(
    `reconciled ${result.orders_total} orders (${FROM}–${TO}) in ${wall.toFixed(1)} s (${Math.round(result.orders_total / wall)} orders/s): ` +
      `${result.differences_found} differences, ${result.repaired} repaired, ${result.tally_rows_corrected} tally rows corrected, ` +
      `${result.attention.length} orders for attention; CPU: this process ${((used.user + used.system) / 1e6).toFixed(1)} s, ` +
      `PostgreSQL ${databaseUsed === null ? "n/a" : `${databaseUsed.toFixed(1)} s`}`
  )
  console.log(
    `phases (summed over the batches in flight): ` +
      Object.entries(timings)
        .map(([phase, ms]) => `${phase} ${((ms as number) / 1000).toFixed(1)} s`)
        .join(", ")
  )

  if (process.env.BENCH_CHECK === "0") {
    return
  }
  const c = performance.now()
  const differing = await differingFromPristine(db)
  const { rows } = await db.raw(
    `with tallied as (
       select year, month, county_code, partner_district, channel_id, certified, counts_toward_target,
         sum(sale_fen) s, sum(reduction_fen) r, sum(quantity) q, sum(entries) e
       from sales_tally where (entries, sale_fen, reduction_fen, quantity) <> (0, 0, 0, 0) group by 1, 2, 3, 4, 5, 6, 7
     ), booked as (
       select year, month, county_code, partner_district, channel_id, certified, counts_toward_target,
         coalesce(sum(amount_fen) filter (where kind = 'sale'), 0) s, coalesce(sum(amount_fen) filter (where kind <> 'sale'), 0) r,
         sum(quantity) q, count(*) e
       from sales_ledger_entry group by 1, 2, 3, 4, 5, 6, 7
     )
     select count(*)::int as n from ((select * from tallied except select * from booked) union all (select * from booked except select * from tallied)) d`
  )
  console.log(
    `check: ${differing} entries differ from the booking's fingerprints, ${rows[0].n} tally groups differ from the ledger: ` +
      `${differing === 0 && rows[0].n === 0 ? "EQUAL" : "DIFFERENT"} (${seconds(c)} s)`
  )
}
