#!/usr/bin/env node
// OneCounty local development launcher (`npm run dev` at the repository root).
//
//   [1/5] PostgreSQL  DATABASE_URL → local :5432 → embedded (.data/postgres, :54329)
//   [2/5] Redis       REDIS_URL → local :6379 → own redis-server (:63790) → none
//   [3/5] Migrations  medusa db:migrate (also syncs module links)
//   [4/5] Seed        npm run seed and npm run seed:demo-sales, only when the `county` table is empty
//   [5/5] Start       medusa develop, the reporting worker (npm run worker, when Redis is up)
//                     + storefront/admin `dev` scripts if they have one
//
// Ctrl-C stops every child and whatever this launcher started. Logs of the
// quiet steps go to .data/logs/. Nothing here is used in production.
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { c, log, seconds, step } from "./dev/log.mjs"
import { countCounties, ensurePostgres } from "./dev/postgres.mjs"
import { ensureRedis } from "./dev/redis.mjs"
import { run, start, stopAll } from "./dev/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const backendDir = path.join(root, "backend")
const dataDir = path.join(root, ".data")
const logsDir = path.join(dataDir, "logs")
const TOTAL = 5
const DEMO = [
  ["Medusa admin", "admin@onecounty.cn", "OneCounty2026!"],
  ["Storefront customer", "demo@onecounty.cn", "Demo2026!"],
  ["Official (city)", "official@onecounty.cn", "Official2026!"],
  ["Official (闵行区)", "minhang@onecounty.cn", "Official2026!"],
]
const CONSOLE_URL = "http://localhost:7001"

const services = [] // { stop } for PostgreSQL / Redis we started, stopped last
let setupCode = null

// One ready device setup code for the first counter, made through the admin API as an operator
// would, so a newcomer can try the kiosk without opening the admin.
async function kioskSetupCode() {
  const backend = "http://localhost:9000"
  const [, email, password] = DEMO[0]
  const auth = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: process.env.SEED_ADMIN_EMAIL ?? email, password: process.env.SEED_ADMIN_PASSWORD ?? password }),
  })
  if (!auth.ok) throw new Error(`operator sign-in answered ${auth.status}`)
  const headers = { authorization: `Bearer ${(await auth.json()).token}`, "content-type": "application/json" }
  const list = await fetch(`${backend}/admin/counters?limit=1`, { headers })
  const counter = (await list.json()).counters?.[0]
  if (!counter) throw new Error("no counter seeded")
  const made = await fetch(`${backend}/admin/counters/${counter.id}/setup-codes`, { method: "POST", headers, body: "{}" })
  if (!made.ok) throw new Error(`setup code answered ${made.status}`)
  const body = await made.json()
  return { code: body.setup_code.code, counter: `${counter.name_zh} (${counter.code})` }
}
let stopping = false
// A step interrupted by Ctrl-C just waits here while shutdown() exits the process.
const halted = () => new Promise(() => {})

async function shutdown(code, why) {
  if (stopping) return
  stopping = true
  log(c.bold(`\n${why ?? "Stopping"} — stopping children…`))
  await stopAll()
  for (const s of services.reverse()) await s.stop().catch((e) => log(c.red(`stop failed: ${e.message}`)))
  log(c.bold("Stopped."))
  process.exit(code)
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => shutdown(0, sig))

function secrets() {
  const file = path.join(dataDir, "dev-secrets.json")
  let saved = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  const missing = ["JWT_SECRET", "COOKIE_SECRET"].filter((k) => !process.env[k] && !saved[k])
  if (missing.length) {
    for (const k of missing) saved[k] = crypto.randomBytes(32).toString("hex")
    fs.writeFileSync(file, JSON.stringify(saved, null, 2) + "\n", { mode: 0o600 })
  }
  return {
    JWT_SECRET: process.env.JWT_SECRET || saved.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || saved.COOKIE_SECRET,
  }
}

// Prefer the installed binary over `npx` (no registry round trip, no install prompt).
function medusa() {
  for (const dir of [backendDir, root]) {
    const bin = path.join(dir, "node_modules", ".bin", "medusa")
    if (fs.existsSync(bin)) return [bin, []]
  }
  return ["npx", ["--no", "medusa"]]
}

const portInUse = (port) => new Promise((resolve) => {
  const s = net.connect({ host: "127.0.0.1", port })
  s.on("connect", () => { s.destroy(); resolve(true) })
  s.on("error", () => resolve(false))
})

async function waitForHealth(url, child, timeoutMs) {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    if (child.exitCode !== null || child.signalCode !== null) return false
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

function showTail(title, result, logPath) {
  log(c.red(`${title} exited with code ${result.code}. Last lines (full log: ${path.relative(root, logPath)}):`))
  for (const line of result.tail) log(c.dim(`  ${line}`))
}

async function main() {
  const t0 = Date.now()
  fs.mkdirSync(logsDir, { recursive: true })
  log(c.bold("OneCounty dev launcher"))

  const db = await step(1, TOTAL, "PostgreSQL", () => ensurePostgres(root))
  if (db.stop) services.push(db)
  const redis = await step(2, TOTAL, "Redis", () => ensureRedis(root))
  if (redis.stop) services.push(redis)

  const env = {
    ...process.env,
    ...secrets(),
    DATABASE_URL: db.url,
    // empty rather than unset, so a REDIS_URL in backend/.env cannot switch Redis back on
    REDIS_URL: redis.url ?? "",
    // the officials' console (vite on 7001) calls its own origin, which proxies /officials and
    // /auth to the backend: the session cookie stays first-party, as under the backend's /console
    VITE_BACKEND_URL: process.env.VITE_BACKEND_URL ?? "",
    CONSOLE_BACKEND_PROXY: process.env.CONSOLE_BACKEND_PROXY ?? "http://localhost:9000",
    OFFICIALS_CORS: process.env.OFFICIALS_CORS ?? CONSOLE_URL,
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY ?? "true",
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: "1" } : {}),
  }
  const [medusaCmd, medusaArgs] = medusa()

  await step(3, TOTAL, "Migrations", async () => {
    const logPath = path.join(logsDir, "migrate.log")
    // --execute-safe-links: create/update link tables without prompting; deleting a
    // removed link's table is left to an interactive `npx medusa db:sync-links`.
    const r = await run(medusaCmd, [...medusaArgs, "db:migrate", "--execute-safe-links"], { cwd: backendDir, env, logPath })
    if (stopping) await halted()
    if (r.code !== 0) {
      showTail("medusa db:migrate", r, logPath)
      throw new Error("migrations failed")
    }
    return "medusa db:migrate, links synced"
  })

  let seeded = false
  await step(4, TOTAL, "Seed", async () => {
    const n = await countCounties(db.url)
    if (n > 0) { seeded = true; return `skipped, ${n} counties already` }
    if (!fs.existsSync(path.join(backendDir, "src", "scripts", "seed.ts"))) {
      log(c.red("      backend/src/scripts/seed.ts does not exist yet — the database stays empty."))
      log(c.red("      Run `npm run seed` once it exists (or restart `npm run dev`)."))
      return { detail: "no seed script", status: "fail" }
    }
    const logPath = path.join(logsDir, "seed.log")
    const r = await run("npm", ["run", "seed"], { cwd: backendDir, env, logPath })
    if (stopping) await halted()
    if (r.code !== 0) {
      showTail("npm run seed", r, logPath)
      log(c.red("      Seeding failed; starting the backend anyway."))
      return { detail: "seed failed", status: "fail" }
    }
    seeded = true
    // A past year of sales, so that the officials' console has figures on first start.
    const salesLogPath = path.join(logsDir, "seed-demo-sales.log")
    const sales = await run("npm", ["run", "seed:demo-sales"], { cwd: backendDir, env, logPath: salesLogPath })
    if (stopping) await halted()
    if (sales.code !== 0) {
      showTail("npm run seed:demo-sales", sales, salesLogPath)
      log(c.red("      Demo sales failed; the officials' console starts empty."))
      return { detail: "demo sales failed", status: "fail" }
    }
    return `npm run seed + seed:demo-sales, ${await countCounties(db.url)} counties`
  })

  const started = []
  await step(5, TOTAL, "Start", async () => {
    if (await portInUse(9000)) throw new Error("port 9000 is already in use — is another backend running?")
    const backend = start("backend", medusaCmd, [...medusaArgs, "develop"], { cwd: backendDir, env })
    backend.exited.then(({ code, signal }) => shutdown(1, `backend exited (${signal ?? code})`))
    started.push(["Backend", "http://localhost:9000"], ["Medusa admin", "http://localhost:9000/app"])

    // Books sales into the officials' ledger from the Redis queue; without Redis the backend
    // books in-process instead (development only).
    if (redis.url) {
      const worker = start("worker", "npm", ["run", "worker"], { cwd: backendDir, env: { ...env, REPORTING_METRICS_PORT: env.REPORTING_METRICS_PORT ?? "9464" } })
      worker.exited.then(({ code, signal }) => { if (!stopping) log(c.yellow(`reporting worker exited (${signal ?? code})`)) })
      started.push(["Reporting worker", `http://localhost:${env.REPORTING_METRICS_PORT ?? "9464"}/metrics`])
    }

    for (const [ws, label, url] of [["storefront", "Storefront", "http://localhost:8000"], ["admin", "Officials' console", `${CONSOLE_URL}/console/`]]) {
      const pkgFile = path.join(root, ws, "package.json")
      const pkg = fs.existsSync(pkgFile) ? JSON.parse(fs.readFileSync(pkgFile, "utf8")) : {}
      if (!pkg.scripts?.dev) continue
      const child = start(ws, "npm", ["run", "dev"], { cwd: path.join(root, ws), env })
      child.exited.then(({ code, signal }) => { if (!stopping) log(c.yellow(`${ws} exited (${signal ?? code})`)) })
      started.push([label, url])
    }
    if (!(await waitForHealth("http://localhost:9000/health", backend, 300000))) {
      throw new Error("backend did not answer http://localhost:9000/health within 300 s")
    }
    const apps = started.slice(2).map(([label]) => label)
    if (seeded) setupCode = await kioskSetupCode().catch((e) => { log(c.yellow(`      no kiosk setup code: ${e.message}`)); return null })
    return `backend healthy${apps.length ? ` + ${apps.join(", ")}` : ", no storefront/admin dev scripts yet"}`
  })

  log("")
  log(c.green(c.bold(`OneCounty is up (${seconds(Date.now() - t0)}):`)))
  for (const [label, url] of started) log(`  ${label.padEnd(20)} ${c.cyan(url)}`)
  if (seeded) {
    log("Demo logins:")
    for (const [who, email, pw] of DEMO) log(`  ${who.padEnd(20)} ${email} / ${pw}`)
    log(`  ${"Kiosk (any counter)".padEnd(20)} manager PIN ${process.env.SEED_MANAGER_PIN ?? "246810"}, clerk PIN ${process.env.SEED_CLERK_PIN ?? "1357"}; device code from the admin page 柜台收银 Kiosks`)
    if (setupCode) log(`  ${"Kiosk setup code".padEnd(20)} ${c.bold(setupCode.code)} for ${setupCode.counter} (24 h, once): http://localhost:8000/kiosk`)
  } else {
    log(c.yellow("Demo logins unavailable: the database was not seeded."))
  }
  log(c.dim("Ctrl-C stops everything."))
}

main().catch((err) => {
  log(c.red(err.stack && process.env.DEBUG ? err.stack : err.message))
  shutdown(1, "Launcher failed")
})
