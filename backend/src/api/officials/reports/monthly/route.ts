import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MonthlyResponse } from "@onecounty/contracts/officials"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { monthlyReport } from "../../../../reporting/reports/monthly"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<MonthlyResponse>) => {
  const filter = officialFilter(req)
  const rows = await monthlyReport(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), filter)
  await sendReport(req, res, "months", rows, { filter })
}
