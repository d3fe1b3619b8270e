import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DateTime } from "luxon"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { ratio } from "../reports/figures"
import { applyFilter, type ReportFilter } from "../reports/scope"
import { REPORTING_ZONE } from "../shanghai-date"

/** A partner whose last reported sale day is older than this many days is late. */
export const LATE_AFTER_DAYS = 7

export type PartnerCompleteness = {
  id: string
  name_zh: string
  name_en: string
  kind: string
  district_zh: string | null
  last_sale_date: string | null
  last_received_at: Date | null
  months_reported: number[]
  months_missing: number[]
  /** null for a district official: a waiting line has no county, so no district, yet */
  lines_waiting: number | null
  net_fen: number
  actual_fen: number
  late: boolean
}

/**
 * How complete a year's figures are: for each partner, the last day it reported a sale, the
 * months of the year so far it reported nothing for, its lines waiting for a mapping and its
 * figures; the share of the year's counted figures that came from partners; who is late.
 * Reporting activity comes from the stored lines (what was sent), figures from the tallies
 * under the official's filter (a district official: their pairings only).
 */
export async function partnerCompleteness(container: MedusaContainer, filter: ReportFilter, now = new Date()) {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const today = DateTime.fromJSDate(now, { zone: REPORTING_ZONE })
  const monthsSoFar = filter.year < today.year ? 12 : filter.year === today.year ? today.month : 0
  const yearFilter: ReportFilter = { ...filter, channel_kind: undefined, channel_id: undefined }
  const [list, activity, byChannel, totals] = await Promise.all([
    partners.listPartners({}, { take: null, order: { name_zh: "ASC" } }),
    partners.reportingActivity(filter.year),
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
  const waiting = filter.district ? null : await partners.waitingCountByPartner(list.map((p) => p.id))
  const figures = new Map(byChannel.map((r: any) => [r.channel_id as string, { net_fen: Number(r.net_fen), actual_fen: Number(r.actual_fen) }]))
  const lateBefore = today.minus({ days: LATE_AFTER_DAYS }).toISODate() as string
  const rows: PartnerCompleteness[] = list.map((p) => {
    const a = activity.get(p.id)
    const reported = [...new Set(a?.months ?? [])].sort((x, y) => x - y)
    const missing = Array.from({ length: monthsSoFar }, (_, i) => i + 1).filter((m) => !reported.includes(m))
    const current = filter.year === today.year
    return {
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      kind: p.kind,
      district_zh: p.district_zh,
      last_sale_date: a?.last_sale_date ?? null,
      last_received_at: a?.last_received_at ?? null,
      months_reported: reported,
      months_missing: missing,
      lines_waiting: waiting ? (waiting.get(p.id) ?? 0) : null,
      ...(figures.get(p.id) ?? { net_fen: 0, actual_fen: 0 }),
      late: current ? !a || a.last_sale_date < lateBefore : missing.length > 0,
    }
  })
  const t = totals[0] ?? {}
  return {
    year: filter.year,
    as_of: today.toISODate(),
    late_after_days: LATE_AFTER_DAYS,
    total_net_fen: Number(t.net_fen ?? 0),
    total_actual_fen: Number(t.actual_fen ?? 0),
    partner_net_fen: Number(t.partner_net_fen ?? 0),
    partner_actual_fen: Number(t.partner_actual_fen ?? 0),
    /** of the year's counted figures (actual), the part partners reported */
    partner_share: ratio(Number(t.partner_actual_fen ?? 0), Number(t.actual_fen ?? 0)),
    late: rows.filter((r) => r.late).map((r) => r.id),
    partners: rows,
  }
}

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
