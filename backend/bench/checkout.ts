/**
 * A storefront checkout (create cart, add item, address, shipping options, shipping method,
 * payment session, complete) through the store API with the js-sdk, against OneCounty and against
 * a vanilla Medusa application of the same version from the same node_modules, in one run.
 *
 *   cd backend && npx ts-node --transpile-only bench/checkout.ts
 *
 * Run it in a clone of the repository (`medusa build` writes backend/.medusa). Both applications
 * are built and started in production mode (`medusa start`) at the same time, each with a fresh
 * database on the same PostgreSQL server, Redis for events, workflows, locks and cache on the same
 * Redis server (a database number each, emptied at the end), and the same catalogue
 * (bench/checkout/seed.ts). Both offer Medusa's system payment provider, so no payment service is
 * timed. The rounds interleave the two applications, alternating which goes first, at
 * concurrency 1 and 20, so the shared machine's noise falls on both; the figures are p50/p95 per
 * call, orders per second and the server's CPU time per order (its process group's user + system
 * time, which the machine's other load changes least), each with OneCounty / vanilla.
 *
 * BENCH_ROUNDS (3), BENCH_ORDERS_C1 (10 a round), BENCH_ORDERS_C20 (60 a round),
 * BENCH_CLUSTER=<processes> also runs both with `medusa start --cluster <processes>` at concurrency 20
 * (Medusa caps the cluster at the machine's cores; its value may add Medusa's split, e.g.
 * "2 --servers 1 --workers 1", which shows that the worker-mode process shares the port without
 * routes and answers 404: docs/SCALING.md, "Cluster mode"), BENCH_REUSE=1 keeps the
 * databases and builds of the previous run in BENCH_DIR (/tmp/onecounty-checkout-bench).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"
import { adminDatabaseUrl, BACKEND_DIR, freePort, groupCpuSeconds, prepare, Processes, sql, start, writeVanillaApp, type App } from "./checkout/apps"
import { shop, STEPS, type Timings } from "./checkout/shopper"

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const ORDERS = { 1: Number(process.env.BENCH_ORDERS_C1 || 10), 20: Number(process.env.BENCH_ORDERS_C20 || 60) } as const
const CLUSTER = process.env.BENCH_CLUSTER
const REUSE = process.env.BENCH_REUSE === "1"
const DIR = process.env.BENCH_DIR || "/tmp/onecounty-checkout-bench"
const REDIS = process.env.BENCH_REDIS || "redis://127.0.0.1:6379"
const REDIS_DBS = { onecounty: 11, vanilla: 12 }

type Run = { timings: Timings; orders: number; failures: number; seconds: number; cpu: number }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

function environment(name: keyof typeof REDIS_DBS, stamp: string): NodeJS.ProcessEnv {
  const redisUrl = `${REDIS}/${REDIS_DBS[name]}`
  return {
    ...process.env,
    DATABASE_URL: `${adminDatabaseUrl()}/bench_checkout_${name}`,
    REDIS_URL: redisUrl,
    REPORTING_REDIS_URL: redisUrl,
    REPORTING_PREFIX: `bench-${stamp}`,
    RATE_LIMIT_PREFIX: `bench-${stamp}:rate-limit`,
    JWT_SECRET: `bench-jwt-${stamp}`,
    COOKIE_SECRET: `bench-cookie-${stamp}`,
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: "http://localhost:9000",
    AUTH_CORS: "http://localhost:9000",
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

async function measure(app: App, orders: number, concurrency: number, offset: number): Promise<Run> {
  const cpu = groupCpuSeconds(app.pid!)
  const started = performance.now()
  const result = await shop(app.url!, app.seed!, orders, concurrency, offset)
  return { ...result, seconds: (performance.now() - started) / 1000, cpu: groupCpuSeconds(app.pid!) - cpu }
}

function merge(runs: Run[]): Run {
  const timings = Object.fromEntries(STEPS.map((step) => [step, runs.flatMap((run) => run.timings[step])])) as unknown as Timings
  const sum = (key: "orders" | "failures" | "seconds" | "cpu") => runs.reduce((total, run) => total + run[key], 0)
  return { timings, orders: sum("orders"), failures: sum("failures"), seconds: sum("seconds"), cpu: sum("cpu") }
}

function report(title: string, ours: Run, vanilla: Run) {
  const ratio = (a: number, b: number) => +(a / b).toFixed(2)
  const rows = STEPS.map((step) => {
    const [o50, o95, v50, v95] = [percentile(ours.timings[step], 50), percentile(ours.timings[step], 95), percentile(vanilla.timings[step], 50), percentile(vanilla.timings[step], 95)]
    return {
      call: step,
      "ours p50": Math.round(o50),
      "ours p95": Math.round(o95),
      "vanilla p50": Math.round(v50),
      "vanilla p95": Math.round(v95),
      "p50 ×": ratio(o50, v50),
      "p95 ×": ratio(o95, v95),
    }
  })
  console.log(`\n${title}`)
  console.table(rows)
  const ordersPerSecond = (run: Run) => run.orders / run.seconds
  const cpuPerOrder = (run: Run) => (1000 * run.cpu) / run.orders
  console.log(
    `orders/s: ours ${ordersPerSecond(ours).toFixed(2)}, vanilla ${ordersPerSecond(vanilla).toFixed(2)} ` +
      `(ours ${ratio(ordersPerSecond(ours), ordersPerSecond(vanilla))}× vanilla); ` +
      `server CPU per order: ours ${cpuPerOrder(ours).toFixed(0)} ms, vanilla ${cpuPerOrder(vanilla).toFixed(0)} ms ` +
      `(${ratio(cpuPerOrder(ours), cpuPerOrder(vanilla))}×); failures ${ours.failures} / ${vanilla.failures}`
  )
}

async function rounds(apps: App[], concurrencies: (1 | 20)[], label: string) {
  const runs = new Map<string, Run[]>()
  let offset = 0
  // Warm-up: JIT, connection pools, caches.
  for (const app of apps) {
    await shop(app.url!, app.seed!, 5, 5, (offset += 100))
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const concurrency of concurrencies) {
      const order = round % 2 === 0 ? apps : [...apps].reverse()
      for (const app of order) {
        const run = await measure(app, ORDERS[concurrency], concurrency, (offset += 1000))
        const key = `${app.name}|${concurrency}`
        runs.set(key, [...(runs.get(key) ?? []), run])
        console.log(
          `${label} round ${round + 1}, concurrency ${concurrency}, ${app.name}: ${(run.orders / run.seconds).toFixed(2)} orders/s, ` +
            `${((1000 * run.cpu) / run.orders).toFixed(0)} ms server CPU per order`
        )
      }
    }
  }
  for (const concurrency of concurrencies) {
    report(
      `${label}, concurrency ${concurrency} (${ROUNDS} rounds × ${ORDERS[concurrency]} orders, ms)`,
      merge(runs.get(`onecounty|${concurrency}`)!),
      merge(runs.get(`vanilla|${concurrency}`)!)
    )
  }
}

async function main() {
  const stamp = Date.now().toString(36)
  console.log(`${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, ${os.cpus().length} cores`)
  mkdirSync(DIR, { recursive: true })
  const procs = new Processes(path.join(DIR, "logs"))
  const ours: App = { name: "onecounty", dir: BACKEND_DIR, env: environment("onecounty", stamp) }
  const vanilla: App = { name: "vanilla", dir: path.join(DIR, "vanilla"), env: environment("vanilla", stamp) }
  const version = writeVanillaApp(vanilla.dir)
  console.log(`vanilla Medusa ${version} in ${vanilla.dir}`)
  const seeds = { onecounty: path.join(DIR, "seed-onecounty.json"), vanilla: path.join(DIR, "seed-vanilla.json") }
  try {
    await Promise.all([
      prepareOrReuse(procs, ours, "./bench/checkout/seed.ts", seeds.onecounty),
      prepareOrReuse(procs, vanilla, "./src/scripts/bench-seed.ts", seeds.vanilla),
    ])
    const apps = [ours, vanilla]
    for (const app of apps) {
      await start(procs, app, await freePort())
    }
    await rounds(apps, [1, 20], "medusa start")
    if (CLUSTER) {
      await procs.stop()
      for (const app of apps) {
        await start(procs, app, await freePort(), ["--cluster", ...CLUSTER.trim().split(/\s+/)])
      }
      await rounds(apps, [20], `medusa start --cluster ${CLUSTER}`)
    }
  } finally {
    await procs.stop()
    for (const db of Object.values(REDIS_DBS)) {
      const redis = new Redis(`${REDIS}/${db}`)
      await redis.flushdb()
      redis.disconnect()
    }
    if (!REUSE) {
      for (const name of Object.keys(REDIS_DBS)) {
        await sql(`drop database if exists "bench_checkout_${name}" with (force)`)
      }
      rmSync(vanilla.dir, { recursive: true, force: true })
    }
    console.log(`${new Date().toISOString()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
  }
}

async function prepareOrReuse(procs: Processes, app: App, seedScript: string, seedOut: string) {
  if (REUSE && existsSync(seedOut)) {
    app.seed = JSON.parse(readFileSync(seedOut, "utf8"))
    if (!existsSync(path.join(app.dir, ".medusa", "server"))) {
      await procs.run(`${app.name}-build`, ["build"], app.dir, { ...app.env, NODE_ENV: "production" })
    }
    return
  }
  await prepare(procs, app, seedScript, seedOut)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
