import { DateTime } from "luxon"

export const REPORTING_ZONE = "Asia/Shanghai"

export type BusinessDate = { date: string; year: number; month: number }

/** The calendar day in Shanghai on which an instant falls. */
export function businessDate(at: Date): BusinessDate {
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
