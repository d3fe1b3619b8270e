import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RankingsResponse } from "@onecounty/contracts/officials"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"
import type { OfficialReportQueryType } from "../../validators"

/** Counties, districts or counters ranked by what counts toward the targets. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RankingsResponse>) => {
  const filter = officialFilter(req)
  const { by, limit } = req.validatedQuery as OfficialReportQueryType
  const rows = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).progressReport(filter, by)
  const ranked = rows.filter((r) => r.scope_code !== null).slice(0, limit).map((row, i) => ({ rank: i + 1, ...row }))
  await sendReport(req, res, "rankings", ranked, { filter, by })
}
