import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { applyFilter, type ReportFilter } from "./report-filter"

export type PartnerFigures = { net_fen: number; actual_fen: number }
export type PartnerShare = PartnerFigures & { partner_net_fen: number; partner_actual_fen: number }

/**
 * A year's figures under the filter (its channel narrowing left out): each partner's (by the
 * channel_id its lines carry), and the whole year's with the part partners reported.
 */
export async function partnerFigures(db: Knex, filter: ReportFilter): Promise<{ byPartner: Map<string, PartnerFigures>; totals: PartnerShare }> {
  const yearFilter: ReportFilter = { ...filter, channel_kind: undefined, channel_id: undefined }
  const [byChannel, totals] = await Promise.all([
    applyFilter(db("sales_tally"), { ...yearFilter, channel_kind: "partner" })
      .select(
        db.raw(`channel_id, sum(sale_fen + reduction_fen)::bigint as net_fen,
          coalesce(sum(sale_fen + reduction_fen) filter (where counts_toward_target), 0)::bigint as actual_fen`)
      )
      .groupBy("channel_id"),
    applyFilter(db("sales_tally"), yearFilter).select(
      db.raw(`coalesce(sum(sale_fen + reduction_fen), 0)::bigint as net_fen,
        coalesce(sum(sale_fen + reduction_fen) filter (where counts_toward_target), 0)::bigint as actual_fen,
        coalesce(sum(sale_fen + reduction_fen) filter (where channel_kind = 'partner'), 0)::bigint as partner_net_fen,
        coalesce(sum(sale_fen + reduction_fen) filter (where channel_kind = 'partner' and counts_toward_target), 0)::bigint as partner_actual_fen`)
    ),
  ])
  const t = totals[0] ?? {}
  return {
    byPartner: new Map(byChannel.map((r: any) => [r.channel_id as string, { net_fen: Number(r.net_fen), actual_fen: Number(r.actual_fen) }])),
    totals: {
      net_fen: Number(t.net_fen ?? 0),
      actual_fen: Number(t.actual_fen ?? 0),
      partner_net_fen: Number(t.partner_net_fen ?? 0),
      partner_actual_fen: Number(t.partner_actual_fen ?? 0),
    },
  }
}
