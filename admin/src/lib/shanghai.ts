import { shanghaiDay } from "@onecounty/contracts/shanghai-day"

/** Today's date in Shanghai as [year, month, day]: the reports bucket sales in that zone. */
export function shanghaiToday(now = new Date()): [number, number, number] {
  const [year = 0, month = 0, day = 0] = shanghaiDay(now).date.split("-").map(Number)
  return [year, month, day]
}

/** Days left in `year` counting today (Shanghai); 0 once the year is over, 365/366 before it. */
export function daysLeft(year: number, now = new Date()): number {
  const [y, m, d] = shanghaiToday(now)
  const end = Date.UTC(year, 11, 31)
  const start = y < year ? Date.UTC(year, 0, 1) : Date.UTC(y, m - 1, d)
  return Math.max(0, Math.round((end - start) / 86_400_000) + 1)
}

/** What must still be sold per day to reach the target, in whole fen (rounded up). */
export function pacePerDay(actualFen: number, targetFen: number | null, days: number): number | null {
  if (targetFen === null || days === 0) return null
  return Math.ceil(Math.max(0, targetFen - actualFen) / days)
}
