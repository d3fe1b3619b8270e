import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCountyResponse } from "@onecounty/contracts/admin-origins"
import { updateCountyWorkflow } from "../../../../../workflows/origin/county-workflows"
import { fetchRecord, retrieveRecord } from "../../records"
import type { AdminUpdateCountyType } from "../../validators"

export const GET = retrieveRecord("county")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCountyType>,
  res: MedusaResponse<AdminCountyResponse<Date>>
) => {
  await updateCountyWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ county: await fetchRecord(req, "county", req.params.id) })
}
