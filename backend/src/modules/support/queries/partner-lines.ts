import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { applyFilter, type ReportFilter } from "./report-filter"

/** One partner's ledger entries, newest first, under the official's filter. */
export async function partnerLines(db: Knex, filter: ReportFilter, partnerId: string, page: { limit: number; offset: number }) {
  const base = applyFilter(db("sales_ledger_entry"), { ...filter, channel_kind: "partner", channel_id: partnerId })
  const [rows, [{ count }]] = await Promise.all([
    base
      .clone()
      .select(
        db.raw(`order_id, source_id, kind, entry_date::text as entry_date, sale_date::text as sale_date, counter_id as outlet_id,
          product_id, county_code, partner_district, quantity, amount_fen::bigint as amount_fen, certified, counts_toward_target`)
      )
      .orderBy([{ column: "entry_date", order: "desc" }, { column: "source_id", order: "desc" }])
      .limit(page.limit)
      .offset(page.offset),
    base.clone().count({ count: "*" }),
  ])
  return {
    count: Number(count),
    lines: rows.map((r: any) => {
      const hash = (r.source_id as string).lastIndexOf("#")
      const prefix = `partner:${partnerId}:`
      return {
        order_id: r.order_id,
        reference: (r.order_id as string).slice(prefix.length),
        line: Number((r.source_id as string).slice(hash + 1)),
        kind: r.kind,
        entry_date: r.entry_date,
        sale_date: r.sale_date,
        outlet_id: r.outlet_id,
        product_id: r.product_id,
        county_code: r.county_code,
        partner_district: r.partner_district,
        quantity: Number(r.quantity),
        amount_fen: Number(r.amount_fen),
        certified: r.certified,
        counts_toward_target: r.counts_toward_target,
      }
    }),
  }
}
