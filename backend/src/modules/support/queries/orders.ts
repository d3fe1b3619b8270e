import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { applyFilter, type ReportFilter } from "./report-filter"
import type { OrderRow } from "@onecounty/contracts/officials"

export type { OrderRow }

/** The orders behind a report cell, newest first, with what each contributed there. */
export async function ordersReport(
  db: Knex,
  filter: ReportFilter & { counts_toward_target?: boolean; counter_id?: string },
  page: { limit: number; offset: number }
): Promise<{ orders: OrderRow[]; count: number }> {
  const base = applyFilter(db("sales_ledger_entry"), filter)
  if (filter.counts_toward_target !== undefined) {
    base.where("counts_toward_target", filter.counts_toward_target)
  }
  if (filter.counter_id) {
    base.where("counter_id", filter.counter_id)
  }
  const [rows, [{ count }]] = await Promise.all([
    base
      .clone()
      .select(
        db.raw(`order_id, min(sale_date)::text as sale_date,
          coalesce(sum(amount_fen) filter (where kind = 'sale'), 0)::bigint as gross_fen,
          coalesce(sum(amount_fen) filter (where kind <> 'sale'), 0)::bigint as reductions_fen,
          sum(amount_fen)::bigint as net_fen,
          coalesce(sum(amount_fen) filter (where counts_toward_target), 0)::bigint as counted_fen,
          count(*)::int as lines`)
      )
      .groupBy("order_id")
      .orderBy([{ column: "sale_date", order: "desc" }, { column: "order_id", order: "desc" }])
      .limit(page.limit)
      .offset(page.offset),
    base.clone().countDistinct({ count: "order_id" }),
  ])
  return {
    count: Number(count),
    orders: rows.map((r: Record<string, unknown>) => ({
      order_id: r.order_id as string,
      sale_date: r.sale_date as string,
      gross_fen: Number(r.gross_fen),
      reductions_fen: Number(r.reductions_fen),
      net_fen: Number(r.net_fen),
      counted_fen: Number(r.counted_fen),
      lines: Number(r.lines),
    })),
  }
}
