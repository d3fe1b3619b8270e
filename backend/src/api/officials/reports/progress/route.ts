import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProgressResponse } from "@onecounty/contracts/officials"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { progressReport } from "../../../../reporting/reports/progress"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"
import type { OfficialReportQueryType } from "../../validators"

/** Progress at `level` (all, province, prefecture, county, district, channel_kind) under the filter. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ProgressResponse>) => {
  const filter = officialFilter(req)
  const { level } = req.validatedQuery as OfficialReportQueryType
  const rows = await progressReport(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), filter, level)
  await sendReport(req, res, "progress", rows, { filter, level })
}
