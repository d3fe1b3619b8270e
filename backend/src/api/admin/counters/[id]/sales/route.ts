import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCounterSalesResponse } from "@onecounty/contracts/admin-counters"
import { KIOSK_MODULE } from "../../../../../modules/kiosk"
import type KioskModuleService from "../../../../../modules/kiosk/service"
import { findCounterPlace } from "../../../../../workflows/counter/steps/find-counter"
import { saleView } from "../../../../kiosk/sale-view"
import type { AdminCounterSalesType } from "../../validators"

/** The counter's sales, newest first; `flagged=true` is the review queue. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCounterSalesResponse<Date>>) => {
  await findCounterPlace(req.scope, req.params.id)
  const { flagged, limit, offset } = req.validatedQuery as AdminCounterSalesType
  const [sales, count] = await req.scope
    .resolve<KioskModuleService>(KIOSK_MODULE)
    .listAndCountKioskSales(
      { counter_id: req.params.id, order_id: { $ne: null }, ...(flagged === undefined ? {} : { flagged }) },
      { order: { sold_at: "DESC" }, take: limit, skip: offset }
    )
  res.json({ sales: sales.map(saleView), count, limit, offset })
}
