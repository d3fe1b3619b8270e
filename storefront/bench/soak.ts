/**
 * Soak: SOAK_SHOPPERS concurrent shoppers (200) for SOAK_MINUTES (10) against the production build,
 * then the proof that every completed order was booked exactly once.
 *
 *   cd storefront && npx vite-node bench/soak.ts
 *
 * The product runs as it does in production, each part a process of its own: `medusa start` with
 * Medusa's event bus, workflow engine, locks and cache on Redis (database SOAK_REDIS_DB, 14, emptied
 * before and after), the reporting worker (`npm run worker`), and the storefront's `next start`, on a
 * fresh database migrated and seeded by the backend's own scripts (tests/e2e/stack.ts).
 * Each shopper loops: open a product page on the storefront, then the full checkout through the store
 * API with the js-sdk (the seven calls of backend/bench/checkout/shopper.ts, paid with the demo provider, which
 * captures, so the sale counts). No new checkout starts after the time is up; those under way finish.
 *
 * Printed: errors by call (with the first messages), p50/p95 per call, orders/s, and after the worker
 * has caught up (at most SOAK_BOOKING_WAIT_S, 300) the proof, from the ledger alone, without a
 * reconciliation: every line of every completed order booked once, none twice, the tallies equal to
 * the ledger. Exits non-zero unless there were 0 errors and nothing lost (every order found, every line booked once).
 */
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"
import { sqlQuery } from "../../infra/test-stack"
import { checkout, emptyTimings, storeClient, STEPS, type Seed, type Timings } from "../../backend/bench/checkout/shopper"
import { startStack } from "../tests/e2e/stack"

const SHOPPERS = Number(process.env.SOAK_SHOPPERS || 200)
const MINUTES = Number(process.env.SOAK_MINUTES || 10)
const REDIS_URL = `redis://127.0.0.1:6379/${Number(process.env.SOAK_REDIS_DB || 14)}`
const BOOKING_WAIT_S = Number(process.env.SOAK_BOOKING_WAIT_S || 300)
const DEMO_PAYMENT = "pp_demo_demo"

type Product = { handle: string; variant_id: string }
type Errors = Map<string, { count: number; first: string[] }>
type Proof = { orders_found: number; lines: number; booked_once: number; booked_twice: number; unbooked: number; ledger_fen: string; tally_fen: string }

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(" ")
const say = (what: string) => console.log(`${new Date().toISOString()} ${what}`)

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

function recordError(errors: Errors, error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  const call = message.split(":")[0] ?? message
  const entry = errors.get(call) ?? { count: 0, first: [] }
  entry.count++
  if (entry.first.length < 3) entry.first.push(message.slice(0, 300))
  errors.set(call, entry)
}

/** The region, publishable key and in-stock variants a shopper of the storefront sees. */
async function storeSeed(backendUrl: string, publishableKey: string): Promise<{ seed: Seed; products: Product[] }> {
  const sdk = storeClient(backendUrl, { publishable_key: publishableKey, region_id: "", variant_ids: [] })
  const { regions } = await sdk.store.region.list({ fields: "id,currency_code" })
  const region = regions.find((r) => r.currency_code === "cny")
  if (!region) throw new Error("the seed made no CNY region")
  const { products } = await sdk.store.product.list({ limit: 200, region_id: region.id, fields: "handle,variants.id" })
  const list = products.flatMap((p) => (p.variants?.[0] ? [{ handle: p.handle!, variant_id: p.variants[0].id }] : []))
  if (!list.length) throw new Error("the store lists no products")
  return {
    seed: { publishable_key: publishableKey, region_id: region.id, variant_ids: list.map((p) => p.variant_id), payment_provider_id: DEMO_PAYMENT },
    products: list,
  }
}

async function soak(storefrontUrl: string, backendUrl: string, seed: Seed, products: Product[]) {
  const sdk = storeClient(backendUrl, seed)
  const timings: Timings = emptyTimings()
  const pageMs: number[] = []
  const errors: Errors = new Map()
  const orderIds: string[] = []
  const ends = Date.now() + MINUTES * 60_000
  const started = performance.now()
  let n = 0
  const progress = setInterval(
    () => say(`${orderIds.length} orders, ${[...errors.values()].reduce((s, e) => s + e.count, 0)} errors, load ${load()}`),
    30_000
  )
  await Promise.all(
    Array.from({ length: SHOPPERS }, async () => {
      while (Date.now() < ends) {
        const i = n++
        try {
          const pageStarted = performance.now()
          const page = await fetch(`${storefrontUrl}/zh/products/${products[i % products.length]?.handle}`)
          await page.arrayBuffer()
          if (!page.ok) throw new Error(`product page: HTTP ${page.status}`)
          pageMs.push(performance.now() - pageStarted)
          orderIds.push(await checkout(sdk, seed, i, timings))
        } catch (error) {
          recordError(errors, error)
        }
      }
    })
  )
  clearInterval(progress)
  return { timings, pageMs, errors, orderIds, seconds: (performance.now() - started) / 1000 }
}

async function proof(database: string, orderIds: string[]): Promise<Proof> {
  const [row] = await sqlQuery<Proof>(
    `with lines as (
       select distinct li.id, (select count(*) from sales_ledger_entry e where e.kind = 'sale' and e.line_item_id = li.id) as entries
         from order_item oi join order_line_item li on li.id = oi.item_id
        where oi.order_id = any($1) and oi.deleted_at is null)
     select (select count(distinct order_id) from order_item where order_id = any($1))::int as orders_found,
            count(*)::int as lines,
            count(*) filter (where entries = 1)::int as booked_once,
            count(*) filter (where entries > 1)::int as booked_twice,
            count(*) filter (where entries = 0)::int as unbooked,
            (select coalesce(sum(amount_fen), 0) from sales_ledger_entry)::text as ledger_fen,
            (select coalesce(sum(sale_fen + reduction_fen), 0) from sales_tally)::text as tally_fen
       from lines`,
    [orderIds],
    database
  )
  if (!row) throw new Error("the proof query returned no row")
  return row
}

async function main() {
  say(`load average ${load()}, ${os.cpus().length} cores; ${SHOPPERS} shoppers for ${MINUTES} min`)
  const redis = new Redis(REDIS_URL)
  await redis.flushdb()
  // its own storefront build folder, so a developer's or a test's build is left alone
  const stack = await startStack({ database: "oc_soak", backendEnv: { REDIS_URL }, distDir: ".next-soak" })
  let failed: boolean
  try {
    say(`stack up: storefront ${stack.storefrontUrl}, backend ${stack.backendUrl}, load ${load()}`)
    const { seed, products } = await storeSeed(stack.backendUrl, stack.publishableKey)
    const run = await soak(stack.storefrontUrl, stack.backendUrl, seed, products)
    const completed = run.orderIds.length
    say(`soak done: ${completed} orders in ${run.seconds.toFixed(0)} s = ${(completed / run.seconds).toFixed(2)} orders/s, load ${load()}`)
    const rows = [["product page", run.pageMs] as const, ...STEPS.map((step) => [step, run.timings[step]] as const)].map(([call, ms]) => ({
      call,
      n: ms.length,
      "p50 ms": Math.round(percentile(ms, 50)),
      "p95 ms": Math.round(percentile(ms, 95)),
      errors: run.errors.get(call)?.count ?? 0,
    }))
    console.table(rows)
    for (const [call, e] of run.errors) console.log(`errors in ${call}: ${e.count}; first: ${e.first.join(" | ")}`)

    const waitStarted = Date.now()
    let result = await proof(stack.databaseName, run.orderIds)
    while (result.unbooked > 0 && Date.now() - waitStarted < BOOKING_WAIT_S * 1000) {
      await new Promise((r) => setTimeout(r, 2000))
      result = await proof(stack.databaseName, run.orderIds)
    }
    const errorCount = [...run.errors.values()].reduce((s, e) => s + e.count, 0)
    const missingOrders = completed - result.orders_found
    failed = errorCount > 0 || missingOrders > 0 || result.unbooked > 0 || result.booked_twice > 0 || result.ledger_fen !== result.tally_fen
    console.log(
      `SOAK ${JSON.stringify({
        shoppers: SHOPPERS,
        minutes: MINUTES,
        orders: completed,
        orders_per_s: +(completed / run.seconds).toFixed(2),
        errors: errorCount,
        booked_within_s: Math.round((Date.now() - waitStarted) / 1000),
        ...result,
        missing_orders: missingOrders,
        ok: !failed,
      })}`
    )
  } finally {
    await stack.stop()
    await redis.flushdb()
    redis.disconnect()
    say(`stopped, load ${load()}; logs in ${path.relative(process.cwd(), path.resolve(import.meta.dirname, "../test-results/e2e-logs"))}`)
  }
  process.exitCode = failed ? 1 : 0
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
