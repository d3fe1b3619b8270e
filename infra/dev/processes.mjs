// Child processes for `npm run dev`. Every child gets its own process group
// (detached), so stopping it also stops whatever it forked (medusa develop
// runs the server in a child of its own).
import fs from "node:fs"
import readline from "node:readline"
import { spawn } from "node:child_process"
import { c, writeLine } from "./log.mjs"

const running = new Set()

function track(child) {
  running.add(child)
  child.exited = new Promise((resolve) => child.once("close", (code, signal) => {
    running.delete(child)
    resolve({ code, signal })
  }))
  return child
}

// Runs a command to completion, output to logPath; resolves { code, tail }.
export async function run(cmd, args, { cwd, env, logPath }) {
  const out = fs.createWriteStream(logPath)
  const tail = []
  const child = track(spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] }))
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(out, { end: false })
    readline.createInterface({ input: stream }).on("line", (line) => {
      const plain = line.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
      if (!plain.trim()) return
      tail.push(plain)
      if (tail.length > 25) tail.shift()
    })
  }
  const { code, signal } = await child.exited
  out.end()
  return { code: code ?? (signal ? 128 : 1), tail }
}

const colors = [c.cyan, c.magenta, c.blue, c.green]
let nextColor = 0

// Starts a long-running command; each output line is prefixed with its name.
export function start(name, cmd, args, { cwd, env }) {
  const color = colors[nextColor++ % colors.length]
  const prefix = color(`${name.padEnd(10)}|`)
  const child = track(spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] }))
  for (const [stream, sink] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    readline.createInterface({ input: stream }).on("line", (line) => writeLine(sink, `${prefix} ${line}`))
  }
  return child
}

const groupAlive = (pid) => {
  try { process.kill(-pid, 0); return true } catch { return false }
}
const signalGroup = (pid, sig) => {
  try { process.kill(-pid, sig) } catch {}
}

// SIGTERM each child's process group, SIGKILL what is left after timeoutMs.
export async function stopAll(timeoutMs = 10000) {
  const children = [...running]
  for (const ch of children) signalGroup(ch.pid, "SIGTERM")
  await Promise.all(children.map(async (ch) => {
    const timer = new Promise((r) => setTimeout(r, timeoutMs))
    await Promise.race([ch.exited, timer])
    // the leader may be gone while grandchildren still shut down
    for (const end = Date.now() + 2000; Date.now() < end && groupAlive(ch.pid);) {
      await new Promise((r) => setTimeout(r, 100))
    }
    if (groupAlive(ch.pid)) signalGroup(ch.pid, "SIGKILL")
  }))
}
