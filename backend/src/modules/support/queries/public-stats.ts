import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { shanghaiDay } from "@onecounty/contracts/shanghai-day"
import type { PublicStats } from "@onecounty/contracts/store"

export type { PublicStats }

export const PUBLIC_STATS_CACHE_KEY = "store:stats:consumption"

/**
 * The home page's counter: this Shanghai year's counted net sales and the counties they came
 * from, summed over the tallies (a few hundred rows a year, not the ledger).
 */
export async function publicStats(db: Knex, now = new Date()): Promise<PublicStats> {
  const { year } = shanghaiDay(now)
  const { rows } = await db.raw(
    `select coalesce(sum(net_fen), 0)::bigint as amount_fen, count(*) filter (where net_fen > 0)::int as county_count
       from (select county_code, sum(sale_fen + reduction_fen) as net_fen
               from sales_tally
              where year = ? and counts_toward_target
              group by county_code) by_county`,
    [year]
  )
  return { year, amount_fen: Number(rows[0].amount_fen), county_count: rows[0].county_count, currency_code: "cny" }
}
