import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCertificationResponse } from "@onecounty/contracts/admin-origins"
import { createCertificationWorkflow } from "../../../../workflows/origin/certification-workflows"
import { fetchRecord, listRecords } from "../records"
import type { AdminCreateCertificationType } from "../validators"

export const GET = listRecords("certification")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCertificationType>,
  res: MedusaResponse<AdminCertificationResponse<Date>>
) => {
  const { result } = await createCertificationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ certification: await fetchRecord(req, "certification", result.id) })
}
