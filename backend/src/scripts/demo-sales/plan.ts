import { DateTime } from "luxon"
import { REPORTING_ZONE } from "../../reporting/shanghai-date"

/**
 * The shape of a demo year of sales, decided by (year, order number) alone: a re-run plans the
 * same orders, so topping a demo up to a larger size only adds the orders it lacks.
 */

export type DemoShape = {
  /** relative weight of each product; sales follow it */
  productWeights: number[]
  /** counter channels besides the online one */
  counters: number
  /** never plan anything at or after this instant (the demo year may be the current one) */
  now: Date
}

export type PlannedFate =
  | { kind: "kept" }
  | { kind: "canceled"; at: Date }
  /** one line comes back, `quantity` of it */
  | { kind: "returned"; at: Date; line: number; quantity: number }
  /** part of the money goes back, in per mille of the order */
  | { kind: "refunded"; at: Date; per_mille: number }

export type PlannedOrder = {
  seq: number
  placed_at: Date
  /** null: online; otherwise the index of the counter */
  counter: number | null
  lines: { product: number; quantity: number }[]
  fate: PlannedFate
}

/** mulberry32: small, fast and good enough to spread demo orders. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** murmur3's finaliser, so that neighbouring order numbers start far apart. */
function mix(x: number): number {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function pick(weights: number[], r: number): number {
  const total = weights.reduce((s, w) => s + w, 0)
  let x = r * total
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]
    if (x < 0) {
      return i
    }
  }
  return weights.length - 1
}

// Spring Festival gifts in January and February, a spring lull, 618 in June, Mid-Autumn in
// September, National Day in October, Double 11 in November and year-end buying by work units.
const MONTH_WEIGHT = [1.35, 1.1, 0.7, 0.7, 0.8, 1.2, 0.7, 0.75, 1.1, 1.0, 1.6, 1.25]
const PROMOTION_DAYS: [number, number, number, number][] = [
  [6, 1, 6, 18],
  [11, 1, 11, 11],
]
// Online shoppers buy in the evening; counters keep shop hours.
const ONLINE_HOURS = [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1, 1.5, 2, 2.2, 2.5, 3, 2.5, 2.2, 2.2, 2.4, 2.6, 3, 3.6, 4.2, 4.5, 3.8, 2.2]
const COUNTER_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3.5, 3, 3, 3.2, 3.4, 3.2, 3, 2.6, 2, 1.2, 0, 0, 0]

export const ONLINE_SHARE = 0.62

function dayWeights(year: number, now: Date) {
  const first = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: REPORTING_ZONE })
  const days: { start: DateTime; weight: number }[] = []
  for (let d = first; d.year === year && d.toJSDate() < now; d = d.plus({ days: 1 })) {
    const promoted = PROMOTION_DAYS.some(
      ([fm, fd, tm, td]) => (d.month > fm || (d.month === fm && d.day >= fd)) && (d.month < tm || (d.month === tm && d.day <= td))
    )
    days.push({ start: d, weight: MONTH_WEIGHT[d.month - 1] * (d.weekday >= 6 ? 1.15 : 1) * (promoted ? 1.8 : 1) })
  }
  return days
}

const cache = new Map<string, { start: DateTime; weight: number }[]>()

/** The plan of order `seq` of the demo `year`. */
export function planOrder(year: number, seq: number, shape: DemoShape): PlannedOrder {
  const key = `${year}|${shape.now.toISOString().slice(0, 10)}`
  const days = cache.get(key) ?? dayWeights(year, shape.now)
  cache.set(key, days)
  if (!days.length) {
    throw new Error(`DEMO_SALES_YEAR ${year} has no past day to sell on`)
  }
  const r = random(mix(mix(year) ^ seq))
  const counter = shape.counters > 0 && r() >= ONLINE_SHARE ? Math.floor(r() * shape.counters) : null
  const day = days[pick(days.map((d) => d.weight), r())].start
  const hour = pick(counter === null ? ONLINE_HOURS : COUNTER_HOURS, r())
  let placed = day.plus({ hours: hour, seconds: Math.floor(r() * 3600) }).toJSDate()
  if (placed >= shape.now) {
    placed = new Date(shape.now.getTime() - 3_600_000)
  }

  // Work units buy for their staff at counters: more lines and larger quantities.
  const lineCount = 1 + Math.floor(r() * r() * (counter === null ? 3 : 4))
  const lines: PlannedOrder["lines"] = []
  for (let i = 0; i < lineCount; i++) {
    const product = pick(shape.productWeights, r())
    if (lines.some((l) => l.product === product)) {
      continue
    }
    lines.push({ product, quantity: 1 + Math.floor(r() * r() * (counter === null ? 3 : 8)) })
  }

  const later = (minDays: number, maxDays: number) => {
    const at = new Date(placed.getTime() + (minDays + r() * (maxDays - minDays)) * 86_400_000)
    return at < shape.now ? at : new Date(Math.max(placed.getTime() + 60_000, shape.now.getTime() - 60_000))
  }
  const roll = r()
  let fate: PlannedFate = { kind: "kept" }
  if (counter === null && roll < 0.03) {
    fate = { kind: "canceled", at: later(0.01, 1.5) }
  } else if (counter === null && roll < 0.05) {
    const line = Math.floor(r() * lines.length)
    fate = { kind: "returned", at: later(5, 20), line, quantity: 1 + Math.floor(r() * lines[line].quantity) }
  } else if (roll >= 0.05 && roll < 0.075) {
    fate = { kind: "refunded", at: later(1, 30), per_mille: 100 + Math.floor(r() * 9) * 100 }
  }
  return { seq, placed_at: placed, counter, lines, fate }
}
