import type { YearWithData } from "@onecounty/contracts/officials"

const hasData = (y: YearWithData) => y.has_sales || y.has_targets

/**
 * The year the console opens on: this (Shanghai) year once it has sales or a target, else the
 * latest past year that has either (a demo seeded with last year's sales must not open on zeros),
 * else the nearest future year with a target.
 */
export function openingYear(years: YearWithData[], thisYear: number): number {
  const withData = years.filter(hasData).map((y) => y.year)
  if (withData.includes(thisYear)) return thisYear
  const past = withData.filter((y) => y < thisYear)
  if (past.length) return Math.max(...past)
  return withData.length ? Math.min(...withData) : thisYear
}

/** The years to choose from, newest first: those with data, this year, and the one on show. */
export function yearChoices(years: YearWithData[], thisYear: number, shown: number): number[] {
  return [...new Set([thisYear, shown, ...years.filter(hasData).map((y) => y.year)])].sort((a, b) => b - a)
}
