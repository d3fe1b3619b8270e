import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReportFilter } from "../../modules/support/queries/report-filter"
import { currentOfficial } from "./signed-in-official"
import type { OfficialReportQueryType } from "./validators"

/**
 * The report filter an official may use. A district-scoped official is held to the pairings of
 * their district: asking for another district is refused rather than silently narrowed.
 */
export function officialFilter(req: AuthenticatedMedusaRequest): ReportFilter {
  const official = currentOfficial(req)
  const query = req.validatedQuery as OfficialReportQueryType
  let district: string | undefined = query.district
  if (official.district_zh) {
    if (district && district !== official.district_zh) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `district: you may only see ${official.district_zh}`)
    }
    district = official.district_zh
  }
  return {
    year: query.year,
    province: query.province,
    prefecture: query.prefecture,
    county: query.county,
    district,
    // a partner ranking or a partner's lines are partner lines whatever channel_kind says
    channel_kind: query.by === "partner" || query.partner_id ? "partner" : query.channel_kind,
    channel_id: query.partner_id,
    month: query.month,
  }
}
