#!/usr/bin/env node
// Lighthouse (mobile, its default config: Moto G Power, simulated slow 4G, 4× CPU slowdown) on the
// home, product list and product pages of a running production storefront (`next build && next
// start` against a running backend). Prints the median of RUNS runs per page and each run's
// performance score, with the date and the machine's load, for the README's performance table.
//
//   node storefront/bench/lighthouse.mjs http://127.0.0.1:8000 [runs]
//
// A benchmark, not a test: it prints figures and exits 0; the README records them.
import os from "node:os"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const site = (process.argv[2] || process.env.BENCH_STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/$/, "")
const runs = Number(process.argv[3] || process.env.BENCH_LIGHTHOUSE_RUNS || 3)
const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium"
const PAGES = [
  { name: "home", path: "/zh" },
  { name: "product list", path: "/zh/products" },
  { name: "product", path: "/zh/products/530828-coffee" },
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

async function once(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] })
    if (!result) throw new Error(`lighthouse gave no result for ${url}`)
    const { lhr } = result
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: ms("first-contentful-paint"),
      lcp: ms("largest-contentful-paint"),
      tbt: ms("total-blocking-time"),
      cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0) * 1000) / 1000,
      bytes: Math.round((lhr.audits["total-byte-weight"]?.numericValue ?? 0) / 1024),
      images: (lhr.audits["network-requests"]?.details?.items ?? []).filter((r) => r.resourceType === "Image").length,
    }
  } finally {
    chrome.kill()
  }
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(", ")
console.log(`Lighthouse mobile, ${new Date().toISOString()}, ${site}, ${runs} runs per page, load average before: ${load()}`)
// First visits render and cache the pages (ISR); measure the cached state a shopper gets.
for (const p of PAGES) await fetch(`${site}${p.path}`)
const rows = []
for (const p of PAGES) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await once(`${site}${p.path}`))
  const perf = results.map((r) => r.performance)
  const mid = results.find((r) => r.performance === median(perf)) ?? results[0]
  rows.push({ page: `${p.name} ${p.path}`, performance: median(perf), runs: perf.join("/"), "FCP ms": mid.fcp, "LCP ms": mid.lcp, "TBT ms": mid.tbt, CLS: mid.cls, KiB: mid.bytes, images: mid.images })
}
console.table(rows)
console.log(`load average after: ${load()}`)
