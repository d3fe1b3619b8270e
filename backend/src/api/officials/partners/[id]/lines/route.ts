import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PartnerLinesResponse } from "@onecounty/contracts/officials-partners"
import { SUPPORT_MODULE } from "../../../../../modules/support"
import type SupportModuleService from "../../../../../modules/support/service"
import { officialFilter } from "../../../official-filter"
import type { OfficialReportQueryType } from "../../../validators"

/** Drill-down to one partner's booked lines (a district official: those of their pairings). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<PartnerLinesResponse>) => {
  const { limit, offset } = req.validatedQuery as OfficialReportQueryType
  const result = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).partnerLines(officialFilter(req), req.params.id, { limit, offset })
  res.json({ ...result, limit, offset })
}
