import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FreshnessResponse } from "@onecounty/contracts/officials"
import { freshness } from "../../../reporting/reports/freshness"

/** How fresh the figures are: the latest booked fact, the reporting queue, orders awaiting attention. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<FreshnessResponse>) => {
  res.json({ freshness: await freshness(req.scope) })
}
