// Self time of a .cpuprofile by where the code lives (a package under node_modules, our src/,
// node's internals, GC, idle), then the top functions: `node bench/reporting/profile-summary.mjs <file> [top]`.
import { readFileSync } from "node:fs"

const [file, top = "25"] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, "utf8"))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
// The profiler's own stop (it serialises the profile while still sampling) is not the workload.
const profilerOwn = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    if (byId.get(at).callFrame.url.endsWith("cpu-profile.ts")) return true
  }
  return false
}
const self = new Map()
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]
  if (!profilerOwn(id)) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
}
const placeOf = ({ url, functionName }) => {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)"
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0]
  const ours = url.match(/\/(src|bench)\/(.*)$/)
  return ours ? `${ours[1]}/${ours[2]}` : url
}
const total = [...self.values()].reduce((a, b) => a + b, 0)
const sum = (key) => {
  const out = new Map()
  for (const [id, t] of self) {
    const k = key(byId.get(id).callFrame)
    out.set(k, (out.get(k) ?? 0) + t)
  }
  return [...out].sort((a, b) => b[1] - a[1])
}
const pct = (t) => `${((t / total) * 100).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(7)} ms`
console.log(`total ${(total / 1e6).toFixed(2)} s sampled`)
console.log("\nby place:")
for (const [k, t] of sum(placeOf).slice(0, Number(top))) console.log(`${pct(t)}  ${k}`)
console.log("\nby function:")
for (const [k, t] of sum((f) => `${f.functionName || "(anonymous)"}  ${placeOf(f)}:${f.lineNumber + 1}`).slice(0, Number(top)))
  console.log(`${pct(t)}  ${k}`)
// Inclusive time of our own functions: what a call costs with everything it calls synchronously.
const inclusive = new Map()
for (const [id, t] of self) {
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at).callFrame
    const place = placeOf(f)
    if (!/^(src|bench)\//.test(place)) continue
    const k = `${f.functionName || "(anonymous)"}  ${place}:${f.lineNumber + 1}`
    if (!seen.has(k)) {
      seen.add(k)
      inclusive.set(k, (inclusive.get(k) ?? 0) + t)
    }
  }
}
console.log("\nour code, inclusive (synchronous part only):")
for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${pct(t)}  ${k}`)
// Native and node-internal time charged to the nearest package or file of ours that called it.
const owner = new Map()
for (const [id, t] of self) {
  let k = placeOf(byId.get(id).callFrame)
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const place = placeOf(byId.get(at).callFrame)
    if (!place.startsWith("(") && !place.startsWith("node:")) {
      k = place
      break
    }
  }
  owner.set(k, (owner.get(k) ?? 0) + t)
}
console.log("\nby owner (native and node time charged to its caller):")
for (const [k, t] of [...owner].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${pct(t)}  ${k}`)
