import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type LedgerRow = {
  kind: string
  source_id: string
  line_item_id: string
  order_id: string
  amount_fen: number
  quantity: number
  entry_date: string
  sale_date: string
  [column: string]: unknown
}

/** Every ledger entry with every column but its row id and write time, in key order. */
export async function ledgerSnapshot(db: Knex): Promise<LedgerRow[]> {
  const { rows } = await db.raw(
    `select e.*, amount_fen::int as amount_fen, entry_date::text as entry_date, sale_date::text as sale_date
     from sales_ledger_entry e order by kind, source_id, line_item_id`
  )
  return rows.map(({ id: _id, recorded_at: _at, ...row }: LedgerRow) => row)
}

/** The tallies by every key they are kept under, rows that add up to nothing left out. */
export async function tallySnapshot(db: Knex) {
  const { rows } = await db.raw(
    `select year, month, province_code, prefecture_code, county_code, partner_district, channel_kind, channel_id,
            counter_id, certified, counts_toward_target,
            sum(sale_fen)::int sale_fen, sum(reduction_fen)::int reduction_fen, sum(quantity)::int quantity, sum(entries)::int entries
     from sales_tally group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
     having sum(entries) <> 0 or sum(sale_fen) <> 0 or sum(reduction_fen) <> 0 or sum(quantity) <> 0
     order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`
  )
  return rows
}
