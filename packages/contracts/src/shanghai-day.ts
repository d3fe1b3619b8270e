// Statistics dates are Shanghai calendar days. China has kept UTC+8 all year since its last daylight
// saving time ended in September 1991, so from 1992 on a Shanghai day is plain arithmetic (the ledger
// dates every entry it builds, and a time-zone lookup per entry was a measurable part of reconciling a
// million orders); earlier instants ask the time-zone database.

export const SHANGHAI_ZONE = "Asia/Shanghai"

/** A Shanghai calendar day: `date` as YYYY-MM-DD, with its year and month (1–12). */
export type ShanghaiDay = { date: string; year: number; month: number }

const FIXED_OFFSET_SINCE = Date.UTC(1991, 11, 31, 16)
const OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

let zoneFormat: Intl.DateTimeFormat | undefined
function zoneParts(ms: number): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  zoneFormat ??= new Intl.DateTimeFormat("en-US", {
    timeZone: SHANGHAI_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  })
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of zoneFormat.formatToParts(new Date(ms))) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value)
  }
  return out
}

/** Shanghai's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms: number): number {
  if (ms >= FIXED_OFFSET_SINCE) return OFFSET_MS
  const p = zoneParts(ms)
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

/** The Shanghai calendar day on which an instant falls (16:00 UTC is already the next day). */
export function shanghaiDay(at: Date | number = new Date()): ShanghaiDay {
  const ms = typeof at === "number" ? at : at.getTime()
  if (!Number.isFinite(ms)) throw new Error("shanghaiDay: invalid instant")
  const local = new Date(ms + offsetAt(ms))
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth() + 1
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(local.getUTCDate())}`, year, month }
}

/** Today's Shanghai date as YYYY-MM-DD. */
export function shanghaiToday(now: Date | number = new Date()): string {
  return shanghaiDay(now).date
}

function parseDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  if (!match || Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== date) {
    throw new Error(`invalid date ${date} (expected YYYY-MM-DD)`)
  }
  return utc
}

/** The calendar day `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(parseDay(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The instant a Shanghai calendar day begins. */
export function startOfShanghaiDay(date: string): Date {
  const utcMidnight = parseDay(date)
  // the offset at local midnight; before 1992 it may differ by the daylight saving hour
  const guess = utcMidnight - OFFSET_MS
  return new Date(utcMidnight - offsetAt(guess))
}

/** [start, end) instants covering Shanghai calendar days `from` through `to`, both inclusive. */
export function shanghaiRange(from: string, to: string): { start: Date; end: Date } {
  return { start: startOfShanghaiDay(from), end: startOfShanghaiDay(addDays(to, 1)) }
}

/** Yesterday in Shanghai, the day the nightly reconciliation checks. */
export function shanghaiYesterday(now: Date | number = new Date()): string {
  return addDays(shanghaiToday(now), -1)
}
