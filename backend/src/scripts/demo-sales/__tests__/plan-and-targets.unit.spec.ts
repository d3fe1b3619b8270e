import { businessDate } from "../../../reporting/shanghai-date"
import { ONLINE_SHARE, planOrder } from "../plan"
import { demoTargets } from "../targets"

const shape = { productWeights: [1, 1, 2, 4], counters: 6, now: new Date("2026-03-01T00:00:00Z") }
const plans = Array.from({ length: 6000 }, (_, seq) => planOrder(2025, seq, shape))
const month = (d: Date) => businessDate(d).month

describe("demo sales plan", () => {
  it("plans the same order for the same year and number", () => {
    expect(planOrder(2025, 42, shape)).toEqual(plans[42])
    expect(planOrder(2024, 42, shape)).not.toEqual(plans[42])
  })

  it("sells on Shanghai days of the year only, with Double 11 above the spring lull", () => {
    expect(plans.every((p) => businessDate(p.placed_at).year === 2025)).toBe(true)
    const perMonth = Array.from({ length: 12 }, (_, m) => plans.filter((p) => month(p.placed_at) === m + 1).length)
    expect(perMonth[10]).toBeGreaterThan(perMonth[3] * 1.8)
    expect(Math.min(...perMonth)).toBeGreaterThan(0)
  })

  it("never plans a sale or a reduction in the future of a current year", () => {
    const now = new Date("2025-06-10T00:00:00Z")
    const current = Array.from({ length: 2000 }, (_, seq) => planOrder(2025, seq, { ...shape, now }))
    expect(current.every((p) => p.placed_at < now && (p.fate.kind === "kept" || (p.fate.at < now && p.fate.at > p.placed_at)))).toBe(true)
  })

  it("mixes online and counter orders and some reductions", () => {
    const online = plans.filter((p) => p.counter === null).length / plans.length
    expect(Math.abs(online - ONLINE_SHARE)).toBeLessThan(0.03)
    const fates = (kind: string) => plans.filter((p) => p.fate.kind === kind).length / plans.length
    expect(fates("canceled")).toBeGreaterThan(0.01)
    expect(fates("returned")).toBeGreaterThan(0.005)
    expect(fates("refunded")).toBeGreaterThan(0.015)
    expect(plans.filter((p) => p.counter !== null).every((p) => p.fate.kind !== "canceled")).toBe(true)
    for (const p of plans.filter((p) => p.fate.kind === "returned")) {
      const fate = p.fate as { line: number; quantity: number }
      expect(fate.quantity).toBeLessThanOrEqual(p.lines[fate.line].quantity)
    }
  })
})

describe("demo targets", () => {
  const rows = [
    { county_code: "532525", province_code: "53", partner_district: "徐汇区", sale_fen: 400_000_00 },
    { county_code: "530828", province_code: "53", partner_district: "嘉定区", sale_fen: 300_000_00 },
    { county_code: "653125", province_code: "65", partner_district: "浦东新区", sale_fen: 200_000_00 },
    { county_code: "653125", province_code: "65", partner_district: "宝山区", sale_fen: 100_000_00 },
  ]
  const targets = demoTargets(2025, rows)
  const get = (level: string, code: string) => targets.find((t) => t.level === level && t.scope_code === code)!.amount

  it("scales the published figures to the demo's counted sales", () => {
    const total = 1_000_000_00
    const city = get("all", "")
    expect(city).toBe(Math.round(total * 0.95))
    // Yunnan's published share of Shanghai's 13.0 billion, Shiping's published 100 million
    expect(get("province", "53")).toBe(Math.round((city * 5.37) / 13))
    expect(get("county", "532525")).toBe(Math.round((city * 1e8) / 1.3e10))
    expect(targets.every((t) => Number.isInteger(t.amount) && t.amount >= 0 && t.year === 2025)).toBe(true)
  })

  it("sets one target per scope, a county with two districts once", () => {
    const keys = targets.map((t) => `${t.level}|${t.scope_code}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.filter((k) => k.startsWith("county|"))).toEqual(["county|530828", "county|532525", "county|653125"])
    expect(keys.filter((k) => k.startsWith("district|"))).toHaveLength(4)
  })

  it("sets nothing for a year without counted sales", () => {
    expect(demoTargets(2025, [])).toEqual([])
  })
})

describe("demo sales plan, small demos", () => {
  it("has reductions in a demo of 200 orders too", () => {
    const small = plans.slice(0, 200)
    expect(small.filter((p) => p.fate.kind !== "kept").length).toBeGreaterThanOrEqual(5)
    expect(new Set(small.map((p) => p.fate.kind)).size).toBe(4)
  })
})
