import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CompletenessResponse } from "@onecounty/contracts/officials-partners"
import { partnerCompleteness } from "../../../../reporting/partners/completeness"
import { officialFilter } from "../../official-filter"

/** How complete the year's figures are: partners' reporting, what waits for mapping, who is late. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CompletenessResponse<Date>>) => {
  res.json(await partnerCompleteness(req.scope, officialFilter(req)))
}
