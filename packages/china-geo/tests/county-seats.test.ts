// The county seats are data, typed in from a third-party file: each must lie inside its own
// province's shape, and inside its own prefecture, or the map puts a county in the wrong place.
import { readFileSync } from "node:fs"
import path from "node:path"
import booleanPointInPolygon from "@turf/boolean-point-in-polygon"
import { describe, expect, it } from "vitest"
import { loadCountySeats, loadPairedProvinces, loadShanghaiDistricts, type RegionFeature } from "../index.js"

type County = { code: string; name_zh: string; prefecture_code: string; province_code: string; shanghai_partner_zh: string | null }
const counties: County[] = JSON.parse(readFileSync(path.join(__dirname, "../../../backend/src/data/paired-counties.json"), "utf8"))

const inside = (point: [number, number], features: RegionFeature<unknown>[]) => features.some((f) => booleanPointInPolygon(point, f.geometry))

describe("county seats", async () => {
  const seats = await loadCountySeats()
  const provinces = await loadPairedProvinces()

  it("has one seat for each of the 71 paired counties and no other", () => {
    expect(counties).toHaveLength(71)
    expect(Object.keys(seats).sort()).toEqual(counties.map((c) => c.code).sort())
  })

  it.each(counties)("$code $name_zh lies inside its province and its prefecture", (county) => {
    const seat = seats[county.code]!
    const own = provinces.features.filter((f) => f.properties.province_code === county.province_code)
    const others = provinces.features.filter((f) => f.properties.province_code !== county.province_code)
    expect(inside(seat, own)).toBe(true)
    expect(inside(seat, others)).toBe(false)
    expect(inside(seat, own.filter((f) => f.properties.code === county.prefecture_code))).toBe(true)
  })

  it("is a failing check for a seat moved into the next province", () => {
    const kashgarSeatInTibet: [number, number] = [88.88, 29.27]
    const xinjiang = provinces.features.filter((f) => f.properties.province_code === "65")
    expect(inside(kashgarSeatInTibet, xinjiang)).toBe(false)
  })
})

describe("base maps", () => {
  it("draws every prefecture of the seven provinces, each with a code", async () => {
    const { features } = await loadPairedProvinces()
    const byProvince = Object.fromEntries(["65", "54", "63", "52", "53", "50", "42"].map((p) => [p, features.filter((f) => f.properties.province_code === p).length]))
    expect(byProvince).toEqual({ "65": 23, "54": 7, "63": 8, "52": 9, "53": 16, "50": 38, "42": 17 })
    expect(features.every((f) => /^\d{4}$/.test(f.properties.code))).toBe(true)
    expect(new Set(features.map((f) => f.properties.name)).size).toBe(features.length)
  })

  it("names Shanghai's 16 districts as the pairings do", async () => {
    const { features } = await loadShanghaiDistricts()
    const names = features.map((f) => f.properties.name)
    expect(names).toHaveLength(16)
    for (const partner of new Set(counties.map((c) => c.shanghai_partner_zh).filter(Boolean))) expect(names).toContain(partner)
  })
})
