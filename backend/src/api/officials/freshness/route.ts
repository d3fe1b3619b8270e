import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { freshness, type Freshness } from "../../../reporting/reports/freshness"

/** How fresh the figures are: the latest booked fact, the reporting queue, orders awaiting attention. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<{ freshness: Freshness }>) => {
  res.json({ freshness: await freshness(req.scope) })
}
