import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCountyResponse } from "@onecounty/contracts/admin-origins"
import { createCountyWorkflow } from "../../../../workflows/origin/county-workflows"
import { fetchRecord, listRecords } from "../records"
import type { AdminCreateCountyType } from "../validators"

export const GET = listRecords("county")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCountyType>,
  res: MedusaResponse<AdminCountyResponse<Date>>
) => {
  const { result } = await createCountyWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ county: await fetchRecord(req, "county", result.id) })
}
