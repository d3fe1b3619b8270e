// Redis for `npm run dev`: REDIS_URL, else 127.0.0.1:6379, else a throw-away
// redis-server on :63790, else none (Medusa then uses in-memory modules).
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import tls from "node:tls"
import { spawn } from "node:child_process"
import { c, log, warnBox } from "./log.mjs"

const LOCAL_URL = "redis://127.0.0.1:6379"
const OWN_PORT = 63790
const OWN_URL = `redis://127.0.0.1:${OWN_PORT}`

const resp = (...args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`

// Sends commands over a raw connection; resolves with the reply text ("" on error/timeout).
function send(url, commands, timeoutMs = 3000) {
  return new Promise((resolve) => {
    let u
    try { u = new URL(url) } catch { return resolve("") }
    const host = u.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1"
    const port = Number(u.port) || 6379
    const sock = u.protocol === "rediss:" ? tls.connect({ host, port, servername: host }) : net.connect({ host, port })
    let reply = ""
    const done = () => { clearTimeout(timer); sock.destroy(); resolve(reply) }
    const timer = setTimeout(done, timeoutMs)
    const auth = u.password
      ? [u.username ? ["AUTH", decodeURIComponent(u.username), decodeURIComponent(u.password)] : ["AUTH", decodeURIComponent(u.password)]]
      : []
    const all = [...auth, ...commands]
    sock.on(u.protocol === "rediss:" ? "secureConnect" : "connect", () => sock.write(all.map((a) => resp(...a)).join("")))
    sock.on("data", (d) => {
      reply += d
      if (reply.startsWith("-") || reply.split("\r\n").length > all.length) done()
    })
    sock.on("error", done)
    sock.on("close", done)
  })
}

export const ping = async (url) => (await send(url, [["PING"]])).includes("+PONG")

function onPath(bin) {
  return (process.env.PATH || "").split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, bin)))
}

async function startOwn(root) {
  if (await ping(OWN_URL)) {
    // left running by a launcher that was killed: adopt it
    return { url: OWN_URL, detail: `redis-server on :${OWN_PORT}, already running`, stop: () => send(OWN_URL, [["SHUTDOWN", "NOSAVE"]]) }
  }
  const dir = path.join(root, ".data", "redis")
  fs.mkdirSync(dir, { recursive: true })
  const out = fs.openSync(path.join(root, ".data", "logs", "redis.log"), "a")
  const child = spawn(
    "redis-server",
    ["--port", String(OWN_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { detached: true, stdio: ["ignore", out, out] },
  )
  fs.closeSync(out)
  const exited = new Promise((r) => child.once("exit", r))
  for (const end = Date.now() + 5000; Date.now() < end;) {
    if (child.exitCode !== null) break
    if (await ping(OWN_URL)) {
      const stop = async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        child.kill("SIGTERM")
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
      }
      return { url: OWN_URL, detail: `started redis-server on :${OWN_PORT}`, stop }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill("SIGKILL")
  return null
}

// Returns { url|null, detail, status?, stop? }.
export async function ensureRedis(root) {
  const given = process.env.REDIS_URL
  if (given) {
    if (await ping(given)) return { url: given, detail: `REDIS_URL ${given.replace(/:[^:@/]*@/, ":***@")}` }
    log(c.yellow(`      REDIS_URL is set but not reachable — trying ${LOCAL_URL}`))
  }
  if (await ping(LOCAL_URL)) return { url: LOCAL_URL, detail: `local server, ${LOCAL_URL}` }
  if (onPath("redis-server")) {
    const own = await startOwn(root)
    if (own) return own
    log(c.yellow(`      redis-server did not come up (see .data/logs/redis.log)`))
  }
  warnBox([
    "NO REDIS: Medusa will use its IN-MEMORY event bus, cache,",
    "workflow engine and locking. Fine for local development only:",
    "events and scheduled jobs are lost on restart and nothing is",
    "shared between processes. Install redis-server or set REDIS_URL.",
  ])
  return { url: null, detail: "none, in-memory modules", status: "warn" }
}
