import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ordersReport } from "../../../../reporting/reports/orders"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"
import type { OfficialReportQueryType } from "../../validators"

/** Drill-down: the orders behind any cell of the other reports, a page at a time. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const filter = officialFilter(req)
  const { limit, offset, counts_toward_target, counter_id } = req.validatedQuery as OfficialReportQueryType
  const { orders, count } = await ordersReport(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    { ...filter, counts_toward_target, counter_id },
    { limit, offset }
  )
  await sendReport(req, res, "orders", orders, { count, limit, offset })
}
