import { DateTime } from "luxon"

export const REPORTING_ZONE = "Asia/Shanghai"

export type BusinessDate = { date: string; year: number; month: number }

// China has kept UTC+8 all year since its last daylight saving ended in September 1991.
const FIXED_OFFSET_SINCE = Date.UTC(1991, 11, 31, 16)
const OFFSET_MS = 8 * 3600 * 1000

/**
 * The calendar day in Shanghai on which an instant falls. Since 1992 that is plain arithmetic,
 * which matters: the ledger dates every entry it builds, and a time-zone lookup per entry was a
 * measurable part of reconciling a million orders.
 */
export function businessDate(at: Date): BusinessDate {
  const ms = at.getTime()
  if (ms >= FIXED_OFFSET_SINCE) {
    const local = new Date(ms + OFFSET_MS)
    return { date: local.toISOString().slice(0, 10), year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 }
  }
  const local = DateTime.fromJSDate(at, { zone: REPORTING_ZONE })
  return { date: local.toISODate() as string, year: local.year, month: local.month }
}

/** [start, end) instants covering Shanghai calendar days `from` through `to`, both inclusive. */
export function shanghaiRange(from: string, to: string): { start: Date; end: Date } {
  const start = DateTime.fromISO(from, { zone: REPORTING_ZONE }).startOf("day")
  const end = DateTime.fromISO(to, { zone: REPORTING_ZONE }).startOf("day").plus({ days: 1 })
  if (!start.isValid || !end.isValid) {
    throw new Error(`invalid date range ${from} – ${to}`)
  }
  return { start: start.toJSDate(), end: end.toJSDate() }
}

/** Yesterday in Shanghai, the day the nightly reconciliation checks. */
export function shanghaiYesterday(now = new Date()): string {
  return DateTime.fromJSDate(now, { zone: REPORTING_ZONE }).minus({ days: 1 }).toISODate() as string
}

/**
 * A daily cron expression, in this process's time zone (Medusa's scheduler has no other), that
 * fires at hour:minute in Shanghai. Shanghai keeps no daylight saving, so only a server zone that
 * does could drift, by an hour, until the next restart.
 */
export function dailyCronAtShanghai(hour: number, minute = 0, zone?: string): string {
  const local = DateTime.now()
    .setZone(REPORTING_ZONE)
    .set({ hour, minute, second: 0, millisecond: 0 })
    .setZone(zone ?? "system")
  return `${local.minute} ${local.hour} * * *`
}
