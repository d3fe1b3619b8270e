import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MonthlyResponse } from "@onecounty/contracts/officials"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<MonthlyResponse>) => {
  const filter = officialFilter(req)
  const rows = await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).monthlyReport(filter)
  await sendReport(req, res, "months", rows, { filter })
}
