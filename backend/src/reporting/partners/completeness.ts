import type { MedusaContainer } from "@medusajs/framework/types"
import type { CompletenessResponse, PartnerCompleteness } from "@onecounty/contracts/officials-partners"
import { DateTime } from "luxon"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { SUPPORT_MODULE } from "../../modules/support"
import { ratio } from "../../modules/support/queries/figures"
import type { ReportFilter } from "../../modules/support/queries/report-filter"
import type SupportModuleService from "../../modules/support/service"
import { REPORTING_ZONE } from "../shanghai-date"

/** A partner whose last reported sale day is older than this many days is late. */
export const LATE_AFTER_DAYS = 7

/**
 * How complete a year's figures are: for each partner, the last day it reported a sale, the
 * months of the year so far it reported nothing for, its lines waiting for a mapping and its
 * figures; the share of the year's counted figures that came from partners; who is late.
 * Reporting activity comes from the stored lines (what was sent), figures from the tallies
 * under the official's filter (a district official: their pairings only).
 */
export async function partnerCompleteness(container: MedusaContainer, filter: ReportFilter, now = new Date()): Promise<CompletenessResponse<Date>> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const today = DateTime.fromJSDate(now, { zone: REPORTING_ZONE })
  const monthsSoFar = filter.year < today.year ? 12 : filter.year === today.year ? today.month : 0
  const [list, activity, { byPartner: figures, totals: t }] = await Promise.all([
    partners.listPartners({}, { take: null, order: { name_zh: "ASC" } }),
    partners.reportingActivity(filter.year),
    support.partnerFigures(filter),
  ])
  const waiting = filter.district ? null : await partners.waitingCountByPartner(list.map((p) => p.id))
  const lateBefore = today.minus({ days: LATE_AFTER_DAYS }).toISODate() as string
  const rows: PartnerCompleteness<Date>[] = list.map((p) => {
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
  return {
    year: filter.year,
    as_of: today.toISODate(),
    late_after_days: LATE_AFTER_DAYS,
    total_net_fen: t.net_fen,
    total_actual_fen: t.actual_fen,
    partner_net_fen: t.partner_net_fen,
    partner_actual_fen: t.partner_actual_fen,
    /** of the year's counted figures (actual), the part partners reported */
    partner_share: ratio(t.partner_actual_fen, t.actual_fen),
    late: rows.filter((r) => r.late).map((r) => r.id),
    partners: rows,
  }
}
