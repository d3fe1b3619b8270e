import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { partnerLines } from "../../../../../reporting/partners/completeness"
import { officialFilter } from "../../../official-filter"
import type { OfficialReportQueryType } from "../../../validators"

/** Drill-down to one partner's booked lines (a district official: those of their pairings). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as OfficialReportQueryType
  const result = await partnerLines(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), officialFilter(req), req.params.id, { limit, offset })
  res.json({ ...result, limit, offset })
}
