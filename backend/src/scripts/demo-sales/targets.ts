import published from "../../data/published-figures.json"
import type { TargetValues } from "../../modules/support/service"

/** Counted sales (fen) of one county in the demo year, with where it sits. */
export type CountySales = { county_code: string; province_code: string; partner_district: string | null; sale_fen: number }

const figure = (scope: string) => {
  const found = published.figures.find((f) => f.scope === scope && "amount_cny" in f)
  if (!found || !("amount_cny" in found)) {
    throw new Error(`published-figures.json has no amount for ${scope}`)
  }
  return found.amount_cny as number
}
// Shanghai's 2021 consumption-support sales, Yunnan's part of them, and Xuhui's target for Shiping tofu.
const CITY_FEN = figure("Shanghai, all paired regions") * 100
const YUNNAN_FEN = figure("Shanghai to Yunnan") * 100
const SHIPING_FEN = figure("Xuhui district, Shiping tofu") * 100
const YUNNAN = "53"
const SHIPING = "532525"
// Shanghai exceeded its 2021 target; the demo's city target sits a little under its sales too.
const CITY_TARGET_SHARE = 0.95

/** ±12 %, fixed by scope, so that completion differs between places as it does in real life. */
function jitter(code: string): number {
  let h = 0
  for (const ch of code) {
    h = (h * 31 + ch.charCodeAt(0)) >>> 0
  }
  return 0.88 + (h % 25) / 100
}

function sumBy(rows: CountySales[], key: (r: CountySales) => string | null): Map<string, number> {
  const sums = new Map<string, number>()
  for (const row of rows) {
    const k = key(row)
    if (k !== null) {
      sums.set(k, (sums.get(k) ?? 0) + row.sale_fen)
    }
  }
  return sums
}

/**
 * Targets for the demo year: the published figures scaled by the demo's size (its counted
 * sales against Shanghai's 13.0 billion yuan), at city, province, county and district level.
 * Places without a published figure share their parent's target by their part of the sales.
 */
export function demoTargets(year: number, rows: CountySales[]): TargetValues[] {
  const total = rows.reduce((s, r) => s + r.sale_fen, 0)
  if (total <= 0) {
    return []
  }
  const scale = (total * CITY_TARGET_SHARE) / CITY_FEN
  const fen = (x: number) => Math.max(0, Math.round(x))
  const note = `demo: published figures × ${scale.toExponential(3)}`
  const target = (level: TargetValues["level"], scope_code: string, amount: number): TargetValues => ({
    year,
    level,
    scope_code,
    amount: fen(amount),
    note,
  })
  const city = CITY_FEN * scale
  const yunnan = YUNNAN_FEN * scale

  const provinces = sumBy(rows, (r) => r.province_code)
  const elsewhere = total - (provinces.get(YUNNAN) ?? 0)
  const provinceTarget = new Map(
    [...provinces].map(([code, sales]) => [
      code,
      code === YUNNAN ? yunnan : elsewhere > 0 ? ((city - yunnan) * sales * jitter(code)) / elsewhere : 0,
    ])
  )
  const provinceOf = new Map(rows.map((r) => [r.county_code, r.province_code]))
  // a county whose pairing changed during the year has a row per district
  const counties = [...sumBy(rows, (r) => r.county_code)].map(([code, sales]) => {
    const province = provinceOf.get(code) as string
    const amount =
      code === SHIPING
        ? SHIPING_FEN * scale
        : ((provinceTarget.get(province) ?? 0) * sales * jitter(code)) / (provinces.get(province) || 1)
    return target("county", code, amount)
  })
  const districts = [...sumBy(rows, (r) => r.partner_district)].map(([district, sales]) =>
    target("district", district, (city * sales * jitter(district)) / total)
  )
  return [
    target("all", "", city),
    ...[...provinceTarget].map(([code, amount]) => target("province", code, amount)),
    ...counties,
    ...districts,
  ].sort((a, b) => a.level.localeCompare(b.level) || a.scope_code.localeCompare(b.scope_code))
}
