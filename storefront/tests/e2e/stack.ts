// Starts what the end-to-end test needs, each on its own port: a fresh PostgreSQL database,
// migrated and seeded by the backend's own scripts, the Medusa backend (`medusa start`), and the
// storefront built with `next build` and served by `next start`. Everything is stopped and the
// database dropped in stop().
import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, mkdirSync, createWriteStream } from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"

export const STOREFRONT_DIR = path.resolve(__dirname, "../..")
export const BACKEND_DIR = path.resolve(STOREFRONT_DIR, "../backend")
export const RESULTS_DIR = path.join(STOREFRONT_DIR, "test-results")
const LOG_DIR = path.join(RESULTS_DIR, "e2e-logs")
/** Its own build folder, so that a developer's running `next dev` / `next start` is left alone;
 * E2E_DIST_DIR gives two runs on one checkout a folder each. */
const NEXT_DIST_DIR = process.env.E2E_DIST_DIR || ".next-e2e"

export type Stack = { storefrontUrl: string; backendUrl: string; publishableKey: string; stop: () => Promise<void> }

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[]
  return candidates.find((p) => existsSync(p)) ?? null
}

export function adminDbUrl(): string {
  const host = process.env.DB_HOST || "127.0.0.1"
  const user = process.env.DB_USERNAME || "postgres"
  const pass = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${pass}@${host === "localhost" ? "127.0.0.1" : host}:${port}`
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${adminDbUrl()}/postgres`, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: `${adminDbUrl()}/postgres` })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

type Proc = { child: ChildProcess; name: string }
const children: Proc[] = []

function bin(dir: string, name: string): string {
  for (const d of [dir, path.resolve(dir, "..")]) {
    const p = path.join(d, "node_modules", ".bin", name)
    if (existsSync(p)) return p
  }
  return name
}

/** Runs a command to completion; its output goes to test-results/e2e-logs/<name>.log. */
function run(name: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<void> {
  mkdirSync(LOG_DIR, { recursive: true })
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`))
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    child.stdout!.pipe(log)
    child.stderr!.pipe(log)
    const timer = setTimeout(() => {
      kill(child)
      reject(new Error(`${name} did not finish within ${opts.timeoutMs / 1000}s (see test-results/e2e-logs/${name}.log)`))
    }, opts.timeoutMs)
    child.on("exit", (code) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`${name} exited with ${code} (see test-results/e2e-logs/${name}.log)`))
    })
  })
}

/** Starts a server and waits until `url` answers 2xx/3xx. */
async function serve(name: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; url: string; timeoutMs: number }) {
  mkdirSync(LOG_DIR, { recursive: true })
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`))
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  children.push({ child, name })
  let exited: number | null = null
  child.on("exit", (code) => (exited = code ?? -1))
  const deadline = Date.now() + opts.timeoutMs
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} while starting (see test-results/e2e-logs/${name}.log)`)
    try {
      const res = await fetch(opts.url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (res.status < 400) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${name} did not answer at ${opts.url} within ${opts.timeoutMs / 1000}s (see test-results/e2e-logs/${name}.log)`)
}

function kill(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return
  try {
    process.kill(-child.pid, "SIGTERM") // the whole process group (npx → node → workers)
  } catch {
    child.kill("SIGTERM")
  }
}

export async function startStack(): Promise<Stack> {
  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const dbName = `oc_storefront_e2e_${stamp}`
  const databaseUrl = `${adminDbUrl()}/${dbName}`
  const [backendPort, storefrontPort] = [await freePort(), await freePort()]
  const backendUrl = `http://127.0.0.1:${backendPort}`
  const storefrontUrl = `http://127.0.0.1:${storefrontPort}`
  await adminQuery(`create database "${dbName}"`)

  const backendEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // In-memory event bus, workflow engine and locks: this backend shares nothing with others.
    REDIS_URL: "",
    PORT: String(backendPort),
    JWT_SECRET: `e2e-jwt-${stamp}`,
    COOKIE_SECRET: `e2e-cookie-${stamp}`,
    STORE_CORS: storefrontUrl,
    AUTH_CORS: storefrontUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development",
  }
  const stop = async () => {
    for (const { child } of children.splice(0).reverse()) kill(child)
    await new Promise((r) => setTimeout(r, 1500))
    await adminQuery(`drop database if exists "${dbName}" with (force)`).catch(() => {})
  }

  try {
    const medusa = bin(BACKEND_DIR, "medusa")
    const next = bin(STOREFRONT_DIR, "next")
    // The storefront build needs no backend (pages render on first visit): build while seeding.
    const build = process.env.E2E_SKIP_BUILD === "1"
      ? Promise.resolve()
      : run("next-build", next, ["build"], { cwd: STOREFRONT_DIR, env: { ...process.env, NEXT_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" }, timeoutMs: 600_000 })
    const backendReady = (async () => {
      await run("db-migrate", medusa, ["db:migrate"], { cwd: BACKEND_DIR, env: backendEnv, timeoutMs: 600_000 })
      await run("seed", medusa, ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND_DIR, env: backendEnv, timeoutMs: 600_000 })
      await serve("backend", medusa, ["start"], { cwd: BACKEND_DIR, env: { ...backendEnv, NODE_ENV: "production" }, url: `${backendUrl}/health`, timeoutMs: 300_000 })
    })()
    await Promise.all([build, backendReady])

    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and revoked_at is null order by (title = 'Online storefront') desc, created_at limit 1"
    )
    await client.end()
    const publishableKey = rows[0]?.token as string | undefined
    if (!publishableKey) throw new Error("the seed created no publishable key")

    await serve("next-start", next, ["start", "-p", String(storefrontPort), "-H", "127.0.0.1"], {
      cwd: STOREFRONT_DIR,
      env: { ...process.env, NEXT_DIST_DIR, NODE_ENV: "production", MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey, NEXT_TELEMETRY_DISABLED: "1" },
      url: `${storefrontUrl}/zh`,
      timeoutMs: 180_000,
    })
    return { storefrontUrl, backendUrl, publishableKey, stop }
  } catch (e) {
    await stop()
    throw e
  }
}
