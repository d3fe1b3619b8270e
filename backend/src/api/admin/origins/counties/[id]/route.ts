import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCountyWorkflow } from "../../../../../workflows/origin/county-workflows"
import { fetchRecord, retrieveRecord } from "../../records"
import type { AdminUpdateCountyType } from "../../validators"

export const GET = retrieveRecord("county")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCountyType>,
  res: MedusaResponse
) => {
  await updateCountyWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ county: await fetchRecord(req, "county", req.params.id) })
}
