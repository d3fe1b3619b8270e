export const TALLY_KEY = [
  "year",
  "month",
  "county_code",
  "prefecture_code",
  "province_code",
  "partner_district",
  "channel_id",
  "channel_kind",
  "counter_id",
  "certified",
  "counts_toward_target",
] as const

const key = TALLY_KEY.map((c) => `"${c}"`).join(", ")

/**
 * Adds the rows of CTE `source` (ledger rows, `sign` 1 for inserted and -1 for deleted ones)
 * into the tallies. Rows are grouped and sorted by key so that concurrent batches lock tally
 * rows in the same order and cannot deadlock each other.
 */
export function tallyUpsert(source: string, sign: 1 | -1): string {
  return `insert into sales_tally (${key}, sale_fen, reduction_fen, quantity, entries)
    select ${key},
      ${sign} * coalesce(sum(amount_fen) filter (where kind = 'sale'), 0),
      ${sign} * coalesce(sum(amount_fen) filter (where kind <> 'sale'), 0),
      ${sign} * sum(quantity), ${sign} * count(*)
    from ${source} group by ${key} order by ${key}
    on conflict on constraint sales_tally_key do update set
      sale_fen = sales_tally.sale_fen + excluded.sale_fen,
      reduction_fen = sales_tally.reduction_fen + excluded.reduction_fen,
      quantity = sales_tally.quantity + excluded.quantity,
      entries = sales_tally.entries + excluded.entries`
}
