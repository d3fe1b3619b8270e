#!/usr/bin/env node
// What a first visit downloads before the page can hydrate: the scripts and stylesheets the HTML
// names, raw and gzip-compressed, per page and site. Next 16's `next build` no longer prints its
// "First Load JS" column; this is that figure, read from the served pages.
//
//   node storefront/bench/first-load.mjs <name>=<url> [<name>=<url> …] [-- /zh /zh/products …]
import { gzipSync } from "node:zlib"

const args = process.argv.slice(2)
const dash = args.indexOf("--")
const sites = (dash < 0 ? args : args.slice(0, dash)).map((s) => {
  const i = s.indexOf("=")
  return { name: s.slice(0, i), url: s.slice(i + 1).replace(/\/$/, "") }
})
const paths = dash < 0 ? ["/zh", "/zh/counties/530828", "/zh/products", "/zh/products/530828-coffee"] : args.slice(dash + 1)

const kib = (n) => Math.round((n / 1024) * 10) / 10
const sizes = new Map()
async function size(url) {
  if (!sizes.has(url)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    sizes.set(url, { raw: body.length, gz: gzipSync(body, { level: 9 }).length })
  }
  return sizes.get(url)
}

const rows = []
for (const p of paths) {
  for (const s of sites) {
    const html = await (await fetch(`${s.url}${p}`)).text()
    // noModule scripts (Next's legacy polyfills) are not loaded by the browsers Lighthouse emulates.
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]))]
    const styles = [...new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => m[1] ?? m[2]))]
    const total = async (list) => {
      let raw = 0
      let gz = 0
      for (const src of list) {
        const r = await size(new URL(src.replaceAll("&amp;", "&"), s.url).href)
        raw += r.raw
        gz += r.gz
      }
      return { raw, gz }
    }
    const js = await total(scripts)
    const css = await total(styles)
    const doc = Buffer.from(html)
    rows.push({
      page: p,
      site: s.name,
      scripts: scripts.length,
      "JS KiB gz": kib(js.gz),
      "JS KiB": kib(js.raw),
      "CSS KiB gz": kib(css.gz),
      "HTML KiB gz": kib(gzipSync(doc, { level: 9 }).length),
    })
  }
}
console.table(rows)
