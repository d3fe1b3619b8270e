import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RankingsResponse } from "@onecounty/contracts/officials"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { progressReport } from "../../../../reporting/reports/progress"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"
import type { OfficialReportQueryType } from "../../validators"

/** Counties, districts or counters ranked by what counts toward the targets. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<RankingsResponse>) => {
  const filter = officialFilter(req)
  const { by, limit } = req.validatedQuery as OfficialReportQueryType
  const rows = await progressReport(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), filter, by)
  const ranked = rows.filter((r) => r.scope_code !== null).slice(0, limit).map((row, i) => ({ rank: i + 1, ...row }))
  await sendReport(req, res, "rankings", ranked, { filter, by })
}
