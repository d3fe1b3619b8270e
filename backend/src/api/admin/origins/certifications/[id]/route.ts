import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCertificationResponse, AdminOriginDeleteResponse } from "@onecounty/contracts/admin-origins"
import {
  deleteCertificationWorkflow,
  updateCertificationWorkflow,
} from "../../../../../workflows/origin/certification-workflows"
import { fetchRecord, retrieveRecord } from "../../records"
import type { AdminUpdateCertificationType } from "../../validators"

export const GET = retrieveRecord("certification")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCertificationType>,
  res: MedusaResponse<AdminCertificationResponse<Date>>
) => {
  await updateCertificationWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ certification: await fetchRecord(req, "certification", req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOriginDeleteResponse<"certification">>) => {
  await deleteCertificationWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: req.params.id, object: "certification", deleted: true })
}
