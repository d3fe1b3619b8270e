// Tiny console helpers: colours (off when not a TTY or NO_COLOR is set) and
// "[n/N] Title … ok (detail, 1.2 s)" progress lines.
const useColor = !process.env.NO_COLOR && (process.stdout.isTTY || !!process.env.FORCE_COLOR)
const paint = (code) => (s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : String(s))
export const c = {
  bold: paint(1), dim: paint(2), red: paint(31), green: paint(32),
  yellow: paint(33), blue: paint(34), magenta: paint(35), cyan: paint(36),
}

let pending = false // a "[n/N] Title …" line waits for its result
function endPending() {
  if (pending) { process.stdout.write("\n"); pending = false }
}
export function log(...args) {
  endPending()
  console.log(...args)
}

// For children's output lines: no colour codes when we are not on a terminal.
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g
export function writeLine(stream, text) {
  endPending()
  stream.write(`${useColor ? text : text.replace(ANSI, "")}\n`)
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

// Runs fn() as step n of total. fn returns a short detail string (or
// { detail, status: "warn" }) shown after "ok".
export async function step(n, total, title, fn) {
  const t0 = Date.now()
  process.stdout.write(`${c.bold(`[${n}/${total}]`)} ${title} … `)
  pending = true
  try {
    const r = await fn()
    const { detail, status } = typeof r === "object" && r ? r : { detail: r }
    const word = status === "warn" ? c.yellow("warning") : status === "fail" ? c.red("FAILED") : c.green("ok")
    const info = [detail, seconds(Date.now() - t0)].filter(Boolean).join(", ")
    if (!pending) process.stdout.write(`${c.bold(`[${n}/${total}]`)} ${title} … `)
    process.stdout.write(`${word} (${info})\n`)
    pending = false
    return r
  } catch (err) {
    if (!pending) process.stdout.write(`${c.bold(`[${n}/${total}]`)} ${title} … `)
    process.stdout.write(`${c.red("FAILED")} (${seconds(Date.now() - t0)})\n`)
    pending = false
    throw err
  }
}

export function warnBox(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4
  const bar = "!".repeat(width)
  log(c.yellow(c.bold([bar, ...lines.map((l) => `! ${l.padEnd(width - 4)} !`), bar].join("\n"))))
}
