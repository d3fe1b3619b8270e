import { DateTime } from "luxon"
import { REPORTING_ZONE } from "../../reporting/shanghai-date"

const MAX_ORDERS = 200_000

// This year grows on last year's sales, as the published figures did year on year.
export const THIS_YEAR_GROWTH = 1.08

/**
 * The years to fill and each one's size: DEMO_SALES_YEAR alone when set, else last year in full
 * and this year up to today (its share of DEMO_SALES_ORDERS is the share of the year gone by).
 */
export function demoYears(env = process.env, now = new Date()) {
  const today = DateTime.fromJSDate(now).setZone(REPORTING_ZONE)
  const orders = Number(env.DEMO_SALES_ORDERS || 3000)
  if (!Number.isInteger(orders) || orders < 1 || orders > MAX_ORDERS) {
    throw new Error(`DEMO_SALES_ORDERS: must be a whole number from 1 to ${MAX_ORDERS}, not ${env.DEMO_SALES_ORDERS}`)
  }
  if (env.DEMO_SALES_YEAR) {
    const year = Number(env.DEMO_SALES_YEAR)
    if (!Number.isInteger(year) || year < 2000 || year > today.year) {
      throw new Error(`DEMO_SALES_YEAR: must be a year from 2000 to ${today.year}, not ${env.DEMO_SALES_YEAR}`)
    }
    return [{ year, orders }]
  }
  const gone = (today.ordinal - 1) / today.daysInYear
  const sofar = Math.round(orders * gone * THIS_YEAR_GROWTH)
  return [{ year: today.year - 1, orders }, ...(sofar > 0 ? [{ year: today.year, orders: sofar }] : [])]
}

