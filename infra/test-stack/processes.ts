// Child processes of a test stack: each in its own process group (so npx → node → workers stop
// together), its output in <logDir>/<name>.log, all stopped by stop().
import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"

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

/** A workspace's binary, hoisted to the repository root or not. */
export function bin(dir: string, name: string): string {
  for (const d of [dir, path.resolve(dir, "..")]) {
    const p = path.join(d, "node_modules", ".bin", name)
    if (existsSync(p)) return p
  }
  return name
}

type Opts = { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }

function kill(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    child.kill("SIGTERM")
  }
}

export class Processes {
  private children: ChildProcess[] = []
  private cleanups: (() => Promise<unknown>)[] = []

  constructor(private readonly logDir: string) {}

  private spawn(name: string, cmd: string, args: string[], opts: Opts) {
    mkdirSync(this.logDir, { recursive: true })
    const log = createWriteStream(path.join(this.logDir, `${name}.log`))
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    child.stdout!.pipe(log)
    child.stderr!.pipe(log)
    return child
  }

  private logHint(name: string) {
    return `see ${path.join(path.relative(process.cwd(), this.logDir), `${name}.log`)}`
  }

  /** Runs a command to completion. */
  run(name: string, cmd: string, args: string[], opts: Opts): Promise<void> {
    const child = this.spawn(name, cmd, args, opts)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        kill(child)
        reject(new Error(`${name} did not finish within ${opts.timeoutMs / 1000}s (${this.logHint(name)})`))
      }, opts.timeoutMs)
      child.on("exit", (code) => {
        clearTimeout(timer)
        if (code === 0) resolve()
        else reject(new Error(`${name} exited with ${code} (${this.logHint(name)})`))
      })
    })
  }

  /** Starts a server and waits until `url` answers 2xx/3xx. */
  async serve(name: string, cmd: string, args: string[], opts: Opts & { url: string }): Promise<void> {
    const child = this.spawn(name, cmd, args, opts)
    this.children.push(child)
    let exited: number | null = null
    child.on("exit", (code) => (exited = code ?? -1))
    const deadline = Date.now() + opts.timeoutMs
    while (Date.now() < deadline) {
      if (exited !== null) throw new Error(`${name} exited with ${exited} while starting (${this.logHint(name)})`)
      try {
        const res = await fetch(opts.url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
        if (res.status < 400) return
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
    throw new Error(`${name} did not answer at ${opts.url} within ${opts.timeoutMs / 1000}s (${this.logHint(name)})`)
  }

  /** Something to undo once the servers are stopped (e.g. drop a database). */
  onStop(cleanup: () => Promise<unknown>) {
    this.cleanups.push(cleanup)
  }

  async stop() {
    for (const child of this.children.splice(0).reverse()) kill(child)
    await new Promise((r) => setTimeout(r, 1500))
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup().catch(() => {})
  }
}
