import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProgressResponse } from "@onecounty/contracts/officials"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"
import type { OfficialReportQueryType } from "../../validators"

/** Progress at `level` (all, province, prefecture, county, district, channel_kind) under the filter. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ProgressResponse>) => {
  const filter = officialFilter(req)
  const { level } = req.validatedQuery as OfficialReportQueryType
  const rows = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).progressReport(filter, level)
  await sendReport(req, res, "progress", rows, { filter, level })
}
