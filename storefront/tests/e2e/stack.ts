// Starts what the end-to-end test needs, each on its own port: a fresh PostgreSQL database,
// migrated and seeded by the backend's own scripts, the Medusa backend (`medusa start`), and the
// storefront built with `next build` and served by `next start`. Everything is stopped and the
// database dropped in stop(). The generic parts live in infra/test-stack (shared with the console).
import path from "node:path"
import { bin, BACKEND_DIR, freePort, Processes, sqlQuery, startBackend } from "../../../infra/test-stack"

export { adminDbUrl, chromiumPath, freePort, openPage, postgresReachable, skipForMissing } from "../../../infra/test-stack"
export { BACKEND_DIR }
export const STOREFRONT_DIR = path.resolve(__dirname, "../..")
export const RESULTS_DIR = path.join(STOREFRONT_DIR, "test-results")
const LOG_DIR = path.join(RESULTS_DIR, "e2e-logs")
/** Its own build folder, so that a developer's running `next dev` / `next start` is left alone;
 * E2E_DIST_DIR gives two runs on one checkout a folder each. */
const NEXT_DIST_DIR = process.env.E2E_DIST_DIR || ".next-e2e"

export type Stack = { storefrontUrl: string; backendUrl: string; publishableKey: string; databaseName: string; stop: () => Promise<void> }

/** database: the backend database's name prefix; backendEnv: added to the backend's environment
 * (bench/soak runs Medusa's event bus, workflows and locks on Redis, as production does);
 * distDir: the storefront's build folder. */
export async function startStack(opts: { database?: string; backendEnv?: Record<string, string>; distDir?: string } = {}): Promise<Stack> {
  const distDir = opts.distDir ?? NEXT_DIST_DIR
  const procs = new Processes(LOG_DIR)
  const storefrontUrl = `http://127.0.0.1:${await freePort()}`
  const stop = () => procs.stop()
  try {
    const next = bin(STOREFRONT_DIR, "next")
    // The storefront build needs no backend (pages render on first visit): build while seeding.
    // NODE_ENV is set: a runner's "test" (vite-node's, for bench/soak.ts) breaks `next build`.
    const build = process.env.E2E_SKIP_BUILD === "1"
      ? Promise.resolve()
      : procs.run("next-build", next, ["build"], { cwd: STOREFRONT_DIR, env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" }, timeoutMs: 600_000 })
    const [, backend] = await Promise.all([
      build,
      startBackend(procs, {
        database: opts.database ?? "oc_storefront_e2e",
        env: { STORE_CORS: storefrontUrl, AUTH_CORS: storefrontUrl, ...opts.backendEnv },
      }),
    ])

    const [row] = await sqlQuery<{ token: string }>(
      "select token from api_key where type = 'publishable' and revoked_at is null order by (title = 'Online storefront') desc, created_at limit 1",
      [],
      backend.databaseName
    )
    const publishableKey = row?.token
    if (!publishableKey) throw new Error("the seed created no publishable key")

    await procs.serve("next-start", next, ["start", "-p", new URL(storefrontUrl).port, "-H", "127.0.0.1"], {
      cwd: STOREFRONT_DIR,
      env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", MEDUSA_BACKEND_URL: backend.url, MEDUSA_PUBLISHABLE_KEY: publishableKey, NEXT_TELEMETRY_DISABLED: "1" },
      url: `${storefrontUrl}/zh`,
      timeoutMs: 180_000,
    })
    return { storefrontUrl, backendUrl: backend.url, publishableKey, databaseName: backend.databaseName, stop }
  } catch (e) {
    await stop()
    throw e
  }
}
