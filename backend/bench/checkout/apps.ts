// The two applications bench/checkout.ts compares: OneCounty's backend and a vanilla Medusa
// application generated into a temporary directory from the same node_modules. Each is built
// (`medusa build`), migrated into a database of its own, seeded with bench/checkout/seed.ts and
// started in production mode (`medusa start`) on a port of its own.
import { spawn, type ChildProcess } from "node:child_process"
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"
import type { Seed } from "./shopper"

export const BACKEND_DIR = path.resolve(__dirname, "../..")
const ROOT_DIR = path.resolve(BACKEND_DIR, "..")
const MEDUSA = path.join(ROOT_DIR, "node_modules", ".bin", "medusa")

export type App = { name: string; dir: string; env: NodeJS.ProcessEnv; url?: string; seed?: Seed; pid?: number }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export const adminDatabaseUrl = () => process.env.BENCH_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432"

export async function sql(statement: string, database = "postgres") {
  const client = new pg.Client({ connectionString: `${adminDatabaseUrl()}/${database}` })
  await client.connect()
  try {
    return (await client.query(statement)).rows
  } finally {
    await client.end()
  }
}

/** Child processes in process groups of their own, logged to <logDir>/<name>.log, stopped together. */
export class Processes {
  private servers: ChildProcess[] = []

  constructor(readonly logDir: string) {
    mkdirSync(logDir, { recursive: true })
  }

  private spawn(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
    const log = createWriteStream(path.join(this.logDir, `${name}.log`), { flags: "a" })
    const child = spawn(MEDUSA, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    child.stdout!.pipe(log)
    child.stderr!.pipe(log)
    return child
  }

  run(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
    const child = this.spawn(name, args, cwd, env)
    return new Promise<void>((resolve, reject) =>
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code}; see ${this.logDir}/${name}.log`))
      )
    )
  }

  async serve(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, url: string) {
    const child = this.spawn(name, args, cwd, env)
    this.servers.push(child)
    const pid = child.pid!
    const deadline = Date.now() + 300_000
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`${name} exited with ${child.exitCode}; see ${this.logDir}/${name}.log`)
      }
      const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false)
      if (ok) {
        return pid
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    throw new Error(`${name} did not answer at ${url}/health; see ${this.logDir}/${name}.log`)
  }

  async stop(pid?: number) {
    const stopping = pid ? this.servers.filter((server) => server.pid === pid) : this.servers
    this.servers = this.servers.filter((server) => !stopping.includes(server))
    for (const server of stopping) {
      if (server.exitCode === null && server.pid) {
        process.kill(-server.pid, "SIGTERM")
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}

const VANILLA_CONFIG = `import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const redisUrl = process.env.REDIS_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE || "shared") as "shared" | "server" | "worker",
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET!,
      cookieSecret: process.env.COOKIE_SECRET!,
    },
  },
  admin: { disable: true },
  modules: [
    { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ],
})
`

/**
 * A Medusa application as create-medusa-app makes one, with OneCounty's Redis modules and nothing
 * of OneCounty's own: the same @medusajs packages through a node_modules link to the repository's.
 */
export function writeVanillaApp(dir: string) {
  mkdirSync(path.join(dir, "src", "scripts"), { recursive: true })
  const version = JSON.parse(readFileSync(path.join(ROOT_DIR, "node_modules/@medusajs/medusa/package.json"), "utf8")).version
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "vanilla-medusa", version: "0.0.1", private: true, dependencies: { "@medusajs/medusa": version } }, null, 2)
  )
  writeFileSync(path.join(dir, "medusa-config.ts"), VANILLA_CONFIG)
  const tsconfig = JSON.parse(readFileSync(path.join(BACKEND_DIR, "tsconfig.json"), "utf8"))
  tsconfig.exclude = ["node_modules", ".medusa/server", ".medusa/admin", ".cache"]
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
  copyFileSync(path.join(__dirname, "seed.ts"), path.join(dir, "src", "scripts", "bench-seed.ts"))
  if (!existsSync(path.join(dir, "node_modules"))) {
    symlinkSync(path.join(ROOT_DIR, "node_modules"), path.join(dir, "node_modules"))
  }
  return version as string
}

/** Builds, migrates into a fresh database, seeds; the seed's ids end up in app.seed. */
export async function prepare(procs: Processes, app: App, seedScript: string, seedOut: string) {
  const database = String(app.env.DATABASE_URL).split("/").pop()!
  await sql(`drop database if exists "${database}" with (force)`)
  await sql(`create database "${database}"`)
  const built = path.join(app.dir, ".medusa", "server")
  const production = { ...app.env, NODE_ENV: "production" }
  let t = performance.now()
  await procs.run(`${app.name}-build`, ["build"], app.dir, production)
  console.log(`${app.name}: built in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  t = performance.now()
  await procs.run(`${app.name}-migrate`, ["db:migrate"], built, production)
  console.log(`${app.name}: migrated in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  await procs.run(`${app.name}-seed`, ["exec", seedScript], app.dir, { ...app.env, NODE_ENV: "development", BENCH_SEED_OUT: seedOut })
  app.seed = JSON.parse(readFileSync(seedOut, "utf8"))
}

export async function start(procs: Processes, app: App, port: number, args: string[] = []) {
  app.url = `http://127.0.0.1:${port}`
  const built = path.join(app.dir, ".medusa", "server")
  app.pid = await procs.serve(app.name, ["start", "-p", String(port), ...args], built, { ...app.env, NODE_ENV: "production", PORT: String(port) }, app.url)
}

/** CPU seconds (user + system) used so far by a process group: a server and its cluster workers. */
export function groupCpuSeconds(pgid: number) {
  let ticks = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      // The command name may hold spaces; the fields after its closing parenthesis do not.
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").pop()!.split(" ")
      if (Number(fields[2]) === pgid) {
        ticks += Number(fields[11]) + Number(fields[12])
      }
    } catch {
      // the process ended while being read
    }
  }
  return ticks / 100
}
