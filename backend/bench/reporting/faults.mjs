#!/usr/bin/env node
// Faults under load: orders arrive steadily while the reporting worker is SIGKILLed, Redis is
// restarted with its queue emptied and PostgreSQL is restarted; after the next reconciliation every
// paid order must be booked exactly once and the tallies must equal the ledger.
//
//   node bench/reporting/faults.mjs          (from backend/; needs Debian's PostgreSQL binaries and redis-server)
//
// It runs its own PostgreSQL (port 54399) and Redis (port 63799) under /tmp so the restarts touch
// nothing else on the machine, and prints a line per step and the final equality.
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const backend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const medusa = path.resolve(backend, "../node_modules/.bin/medusa")
const dir = fs.mkdtempSync("/tmp/oc-faults-")
const PG_PORT = 54399
const REDIS_PORT = 63799
const pgBin = path.join("/usr/lib/postgresql", fs.readdirSync("/usr/lib/postgresql").sort().pop(), "bin")
const asPostgres = (cmd, args) => execFileSync("runuser", ["-u", "postgres", "--", path.join(pgBin, cmd), ...args], { stdio: "pipe" })
const t0 = Date.now()
const say = (what) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${what}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const env = {
  ...process.env,
  NODE_ENV: "development",
  DATABASE_URL: `postgres://postgres@127.0.0.1:${PG_PORT}/faults`,
  REDIS_URL: "",
  REPORTING_REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
  REPORTING_PREFIX: "faults",
  REPORTING_METRICS_PORT: "0",
  REPORTING_BACKOFF_MS: "200",
  MEDUSA_DISABLE_TELEMETRY: "true",
}

function startPostgres() {
  asPostgres("pg_ctl", ["-D", `${dir}/pg`, "-o", `-p ${PG_PORT} -k ${dir}`, "-l", `${dir}/pg.log`, "-w", "start"])
}
function startRedis() {
  const child = spawn("redis-server", ["--port", String(REDIS_PORT), "--save", "", "--appendonly", "no"], { stdio: "ignore", detached: true })
  return child
}
async function redisUp() {
  for (let i = 0; i < 50; i++) {
    try {
      if (execFileSync("redis-cli", ["-p", String(REDIS_PORT), "ping"]).toString().trim() === "PONG") return
    } catch {}
    await sleep(100)
  }
  throw new Error("redis did not come up")
}
const worker = () => spawn(medusa, ["exec", "./src/reporting/worker-main.ts"], { cwd: backend, env, stdio: "ignore", detached: true })
let loadStarted
const loadRunning = new Promise((resolve) => (loadStarted = resolve))
const run = (args, tag) =>
  new Promise((resolve, reject) => {
    const child = spawn(medusa, args, { cwd: backend, env, stdio: ["ignore", "pipe", "pipe"] })
    let last = null
    let log = ""
    child.stdout.on("data", (d) => {
      log += d
      for (const line of String(d).split("\n")) {
        if (line.startsWith("FAULTS_")) {
          last = line
          if (line.startsWith("FAULTS_PROGRESS")) {
            loadStarted()
            say(`load: ${line.slice(16)}`)
          }
        }
      }
    })
    child.stderr.on("data", (d) => (log += d))
    child.on("exit", (code) => (code === 0 ? resolve(last) : reject(new Error(`${tag} exited ${code}:\n${log.slice(-3000)}`))))
  })

let current
try {
  fs.mkdirSync(`${dir}/pg`)
  fs.chmodSync(dir, 0o777)
  execFileSync("chown", ["postgres", `${dir}/pg`])
  asPostgres("initdb", ["-D", `${dir}/pg`, "-A", "trust", "-U", "postgres", "--no-sync"])
  startPostgres()
  execFileSync(path.join(pgBin, "createdb"), ["-h", "127.0.0.1", "-p", String(PG_PORT), "-U", "postgres", "faults"])
  startRedis()
  await redisUp()
  say(`PostgreSQL :${PG_PORT} and Redis :${REDIS_PORT} in ${dir}; migrating`)
  await run(["db:migrate"], "migrate")
  say("migrated; starting the reporting worker and the load")

  current = worker()
  const load = run(["exec", "./bench/reporting/faults-load.ts"], "load")
  // the faults are timed from the first orders, not from the load's boot
  await loadRunning
  await sleep(6_000)
  process.kill(-current.pid, "SIGKILL")
  say("SIGKILLed the reporting worker mid-stream")
  await sleep(4_000)
  current = worker()
  say("reporting worker started again")
  await sleep(8_000)
  execFileSync("redis-cli", ["-p", String(REDIS_PORT), "flushall"])
  try {
    execFileSync("redis-cli", ["-p", String(REDIS_PORT), "shutdown", "nosave"], { stdio: "ignore" })
  } catch {} // the server closes the connection as it goes
  say("Redis flushed (queue emptied) and shut down")
  await sleep(3_000)
  startRedis()
  await redisUp()
  say("Redis back, empty")
  await sleep(8_000)
  // -l: the restarted server must not inherit this process's pipes
  asPostgres("pg_ctl", ["-D", `${dir}/pg`, "-m", "fast", "-w", "restart", "-o", `-p ${PG_PORT} -k ${dir}`, "-l", `${dir}/pg.log`])
  say("PostgreSQL restarted (fast: connections cut)")
  const loaded = await load
  say(`load done: ${loaded}`)
  for (let i = 0; i < 120; i++) {
    const depth = execFileSync("redis-cli", ["-p", String(REDIS_PORT), "llen", "faults:reporting-ledger:wait"]).toString().trim()
    if (depth === "0") break
    await sleep(500)
  }
  process.kill(-current.pid, "SIGTERM")
  say("queue drained; worker stopped; reconciling")
  const check = await run(["exec", "./bench/reporting/faults-check.ts"], "check")
  const result = JSON.parse(check.slice("FAULTS_CHECK ".length))
  say(`check: ${JSON.stringify(result)}`)
  console.log(result.equal ? "EQUAL: every paid order booked exactly once; tallies = ledger" : "NOT EQUAL")
  process.exitCode = result.equal ? 0 : 1
} finally {
  try { if (current) process.kill(-current.pid, "SIGKILL") } catch {}
  try { execFileSync("redis-cli", ["-p", String(REDIS_PORT), "shutdown", "nosave"], { stdio: "ignore" }) } catch {}
  try { asPostgres("pg_ctl", ["-D", `${dir}/pg`, "-m", "immediate", "stop"]) } catch {}
  fs.rmSync(dir, { recursive: true, force: true })
}
