import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { ReportFilter } from "../../reporting/reports/scope"
import type { OfficialReportQueryType } from "./validators"

export async function currentOfficial(req: AuthenticatedMedusaRequest) {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [official] = await support.listOfficials({ id: req.auth_context.actor_id })
  if (!official) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return official
}

/**
 * The report filter an official may use. A district-scoped official is held to the pairings of
 * their district: asking for another district is refused rather than silently narrowed.
 */
export async function officialFilter(req: AuthenticatedMedusaRequest): Promise<ReportFilter> {
  const official = await currentOfficial(req)
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
    channel_kind: query.channel_kind,
    month: query.month,
  }
}
