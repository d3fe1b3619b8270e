import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrdersResponse } from "@onecounty/contracts/officials"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { awaitingOrdersReport } from "../../../../reporting/reports/awaiting-orders"
import { officialFilter } from "../../official-filter"
import { sendReport } from "../../send-report"
import type { OfficialReportQueryType } from "../../validators"

/**
 * Drill-down: the orders behind any cell of the other reports, a page at a time; with
 * payment=awaiting, the orders placed there that are not paid yet (outside every figure).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<OrdersResponse>) => {
  const filter = officialFilter(req)
  const { limit, offset, counts_toward_target, counter_id, payment } = req.validatedQuery as OfficialReportQueryType
  const narrowed = { ...filter, counts_toward_target, counter_id }
  const { orders, count } =
    payment === "awaiting"
      ? await awaitingOrdersReport(req.scope, narrowed, { limit, offset })
      : await req.scope.resolve<SupportModuleService>(SUPPORT_MODULE).ordersReport(narrowed, { limit, offset })
  await sendReport(req, res, "orders", orders, { count, limit, offset })
}
