import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { AppliedFilter } from "@onecounty/contracts/officials"

/** What a report is filtered by: what it echoes back (AppliedFilter), and one channel. */
export type ReportFilter = AppliedFilter & {
  /** one channel: a partner's id (their lines carry it as channel_id) */
  channel_id?: string
}

export const LEVEL_COLUMN = {
  all: null,
  province: "province_code",
  prefecture: "prefecture_code",
  county: "county_code",
  district: "partner_district",
  channel_kind: "channel_kind",
  counter: "counter_id",
  // with channel_kind partner (officialFilter sets it): the partners
  partner: "channel_id",
} as const
export type ReportLevel = keyof typeof LEVEL_COLUMN

/** Narrows a query on the ledger or the tallies (same column names) to a filter. */
export function applyFilter<T extends Knex.QueryBuilder>(query: T, filter: ReportFilter, year = filter.year): T {
  query.where("year", year)
  const columns: [keyof ReportFilter, string][] = [
    ["province", "province_code"],
    ["prefecture", "prefecture_code"],
    ["county", "county_code"],
    ["district", "partner_district"],
    ["channel_kind", "channel_kind"],
    ["channel_id", "channel_id"],
    ["month", "month"],
  ]
  for (const [key, column] of columns) {
    if (filter[key] !== undefined) {
      query.where(column, filter[key] as string | number)
    }
  }
  return query
}
