// `npx vite-node bench/origins-route.ts` (in storefront/): what joining origins costs a storefront product list.
// Times Medusa's /store/products (the storefront's list fields, 24 products) alone, then the same
// list followed by GET /store/origins/products for its ids (as listLatestProducts / listAllProducts
// do), and the two side by side (as listProductsByIds does, the ids being known). Requests are
// interleaved in alternating rounds so that a shared machine's load falls on all alike; prints
// p50 / p90 of the full response time and the ratios. Uses BENCH_BACKEND_URL and
// BENCH_PUBLISHABLE_KEY, or starts its own seeded backend (infra/test-stack).
import { execSync } from "node:child_process"
import { LIST_FIELDS, LIST_ORIGIN_FIELDS } from "../src/lib/data/fields"
import { Processes, sqlQuery, startBackend } from "../../infra/test-stack"
import { median, percentile } from "./measure"

const ROUNDS = Number(process.env.BENCH_ROUNDS || 20)
const PER = 5
const LIMIT = 24

async function getJson(url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`)
  return res.json() as Promise<{ products: { id: string }[] }>
}

async function main() {
  let procs: Processes | null = null
  let api = process.env.BENCH_BACKEND_URL ?? ""
  let key = process.env.BENCH_PUBLISHABLE_KEY ?? ""
  if (!api) {
    procs = new Processes("bench/results/origins-logs")
    const backend = await startBackend(procs, { database: "oc_bench_origins" })
    api = backend.url
    const [row] = await sqlQuery<{ token: string }>("select token from api_key where type = 'publishable' and title = 'Online storefront' limit 1", [], backend.databaseName)
    key = row!.token
  }
  try {
    const headers = { "x-publishable-api-key": key }
    const { regions } = (await (await fetch(`${api}/store/regions`, { headers })).json()) as { regions: { id: string }[] }
    const list = `${api}/store/products?limit=${LIMIT}&region_id=${regions[0]!.id}&fields=${encodeURIComponent(LIST_FIELDS)}`
    const { products } = await getJson(list, headers)
    const knownIds = products.map((p) => p.id)
    const origins = (ids: string[]) => `${api}/store/origins/products?ids=${ids.join(",")}&fields=${encodeURIComponent(LIST_ORIGIN_FIELDS.join(","))}`
    const variants: [string, () => Promise<unknown>][] = [
      ["list alone", () => getJson(list, headers)],
      ["list, then origins", async () => getJson(origins((await getJson(list, headers)).products.map((p) => p.id)), headers)],
      ["list and origins side by side", () => Promise.all([getJson(list, headers), getJson(origins(knownIds), headers)])],
      ["origins alone", () => getJson(origins(knownIds), headers)],
    ]
    const times = variants.map(() => [] as number[])
    for (const [, run] of variants) for (let i = 0; i < 5; i++) await run()
    for (let r = 0; r < ROUNDS; r++) {
      const order = variants.map((_, i) => i)
      if (r % 2) order.reverse()
      for (const i of order)
        for (let k = 0; k < PER; k++) {
          const t0 = performance.now()
          await variants[i]![1]()
          times[i]!.push(performance.now() - t0)
        }
    }
    const r1 = (x: number) => Math.round(x * 10) / 10
    const p50 = times.map((t) => median(t))
    console.log(`${new Date().toISOString()}  ${products.length} products, ${ROUNDS * PER} requests each, load ${execSync("cat /proc/loadavg").toString().trim()}`)
    console.table(variants.map(([name], i) => ({ variant: name, "p50 ms": r1(p50[i]!), "p90 ms": r1(percentile(times[i]!, 90)), "× list alone (p50)": Math.round((p50[i]! / p50[0]!) * 100) / 100 })))
  } finally {
    await procs?.stop()
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  }
)
