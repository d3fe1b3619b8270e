// A Medusa backend of its own for an end-to-end test: a fresh database, migrated and seeded by the
// backend's own scripts, then `medusa start` on a free port and the reporting worker as its own
// process (`npm run worker`), as `npm run dev` and docker-compose run them. Medusa's event bus,
// workflow engine and locks stay in memory (REDIS_URL=""); the reporting queue is on the local
// Redis under a prefix of this run's own, so it shares nothing with other runs.
import { rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { adminDbUrl, createDatabase, dropDatabase } from "./postgres"
import { bin, freePort, type Processes } from "./processes"

export const BACKEND_DIR = path.resolve(__dirname, "../../backend")

export type Backend = { url: string; databaseUrl: string; databaseName: string; env: NodeJS.ProcessEnv }

export async function startBackend(
  procs: Processes,
  opts: {
    /** database name prefix, e.g. oc_storefront_e2e */
    database: string
    env?: Record<string, string>
    /** runs with the backend's environment after the seed, before the server starts */
    afterSeed?: (env: NodeJS.ProcessEnv) => Promise<void>
  }
): Promise<Backend> {
  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const databaseName = `${opts.database}_${stamp}`
  const databaseUrl = `${adminDbUrl()}/${databaseName}`
  const port = await freePort()
  const metricsPort = await freePort()
  const url = `http://127.0.0.1:${port}`
  await createDatabase(databaseName)
  procs.onStop(() => dropDatabase(databaseName))
  // the seed's product pictures (local File Module provider), gone with the run
  const uploadDir = path.join(os.tmpdir(), `oc-uploads-${stamp}`)
  procs.onStop(async () => rmSync(uploadDir, { recursive: true, force: true }))

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: "",
    REPORTING_REDIS_URL: process.env.REPORTING_REDIS_URL || "redis://127.0.0.1:6379",
    REPORTING_PREFIX: `e2e-${stamp}`,
    // its own rate-limit budgets in the shared Redis, apart from other stacks running at the same time
    RATE_LIMIT_PREFIX: `e2e-${stamp}:rate-limit`,
    REPORTING_METRICS_PORT: String(metricsPort),
    // the storefront's checkout uses the demo payment, which a production-mode server offers only when allowed
    ALLOW_UNPAID_ONLINE_ORDERS: "true",
    PORT: String(port),
    UPLOAD_DIR: uploadDir,
    // the address stored in file URLs: the one the storefront's image optimiser is allowed to fetch
    MEDUSA_BACKEND_URL: url,
    JWT_SECRET: `e2e-jwt-${stamp}`,
    COOKIE_SECRET: `e2e-cookie-${stamp}`,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development",
    ...opts.env,
  }
  const medusa = bin(BACKEND_DIR, "medusa")
  const cwd = BACKEND_DIR
  await procs.run("db-migrate", medusa, ["db:migrate"], { cwd, env, timeoutMs: 600_000 })
  await procs.run("seed", medusa, ["exec", "./src/scripts/seed.ts"], { cwd, env, timeoutMs: 600_000 })
  await opts.afterSeed?.(env)
  await procs.serve("backend", medusa, ["start"], { cwd, env: { ...env, NODE_ENV: "production" }, url: `${url}/health`, timeoutMs: 300_000 })
  await procs.serve("reporting-worker", "npm", ["run", "worker"], {
    cwd,
    env: { ...env, NODE_ENV: "production" },
    url: `http://127.0.0.1:${metricsPort}/metrics`,
    timeoutMs: 300_000,
  })
  return { url, databaseUrl, databaseName, env }
}
