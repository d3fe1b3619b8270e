// The console's end-to-end stack: a backend of its own (infra/test-stack) with the seed and a small
// year of demo sales (`seed:demo-sales`, booked in-process, reconciled, targets set), and the console
// built for /console and served by that backend, as in production.
import path from "node:path"
import { bin, Processes, sqlQuery, startBackend, BACKEND_DIR } from "../../../infra/test-stack"

export { chromiumPath, CHROMIUM_ARGS, postgresReachable, skipForMissing } from "../../../infra/test-stack"
export const ADMIN_DIR = path.resolve(__dirname, "../..")
export const RESULTS_DIR = path.join(ADMIN_DIR, "test-results")
/** Its own build folder, so a developer's `admin/dist` is left alone. */
const DIST_DIR = path.join(ADMIN_DIR, process.env.E2E_CONSOLE_DIST || "dist-e2e")
const DEMO_ORDERS = process.env.E2E_DEMO_ORDERS || "200"

export type ConsoleStack = { consoleUrl: string; backendUrl: string; salesYear: number; stop: () => Promise<void> }

export async function startConsoleStack(): Promise<ConsoleStack> {
  const procs = new Processes(path.join(RESULTS_DIR, "e2e-logs"))
  const stop = () => procs.stop()
  try {
    const build = procs.run("console-build", bin(ADMIN_DIR, "vite"), ["build", "--outDir", DIST_DIR, "--emptyOutDir"], {
      cwd: ADMIN_DIR,
      // same origin: the console calls the backend that serves it
      env: { ...process.env, NODE_ENV: "production", VITE_BACKEND_URL: "" },
      timeoutMs: 300_000,
    })
    const [, backend] = await Promise.all([
      build,
      startBackend(procs, {
        database: "oc_console_e2e",
        // one past year keeps the seed short; the year under way is covered by the backend's demo-sales tests
        // plain HTTP on 127.0.0.1: the production session cookie may not be Secure (docs/SECURITY.md)
        env: { CONSOLE_DIST_DIR: DIST_DIR, DEMO_SALES_ORDERS: DEMO_ORDERS, DEMO_SALES_YEAR: String(new Date().getUTCFullYear() - 1), COOKIE_SECURE: "false" },
        afterSeed: (env) =>
          procs.run("seed-demo-sales", bin(BACKEND_DIR, "medusa"), ["exec", "./src/scripts/seed-demo-sales.ts"], { cwd: BACKEND_DIR, env, timeoutMs: 900_000 }),
      }),
    ])
    const [row] = await sqlQuery<{ year: number }>("select max(year)::int as year from sales_tally", [], backend.databaseName)
    if (!row?.year) throw new Error("seed:demo-sales booked no sales")
    return { consoleUrl: `${backend.url}/console`, backendUrl: backend.url, salesYear: row.year, stop }
  } catch (e) {
    await stop()
    throw e
  }
}
