import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type CountySales = { county_code: string; province_code: string; partner_district: string | null; sale_fen: number }
export type LedgerYearSummary = { orders: number; net_fen: number; counted_fen: number }

/** A year's counted sales by county and pairing district, from the tallies. */
export async function countySales(db: Knex, year: number): Promise<CountySales[]> {
  const { rows } = await db.raw(
    `select county_code, province_code, partner_district, sum(sale_fen)::bigint as sale_fen from sales_tally
     where year = ? and counts_toward_target and county_code is not null
     group by 1, 2, 3 order by 1, 3`,
    [year]
  )
  return rows.map((r: CountySales) => ({ ...r, sale_fen: Number(r.sale_fen) }))
}

/** How many orders a year's ledger holds, their net sales and the part that counts. */
export async function ledgerYearSummary(db: Knex, year: number): Promise<LedgerYearSummary> {
  const { rows } = await db.raw(
    `select count(distinct order_id)::int as orders, coalesce(sum(amount_fen), 0)::bigint as net_fen,
       coalesce(sum(amount_fen) filter (where counts_toward_target), 0)::bigint as counted_fen
     from sales_ledger_entry where year = ?`,
    [year]
  )
  return { orders: rows[0].orders, net_fen: Number(rows[0].net_fen), counted_fen: Number(rows[0].counted_fen) }
}
