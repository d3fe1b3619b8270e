import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSupplierResponse, AdminOriginDeleteResponse } from "@onecounty/contracts/admin-origins"
import {
  deleteSupplierWorkflow,
  updateSupplierWorkflow,
} from "../../../../../workflows/origin/supplier-workflows"
import { fetchRecord, retrieveRecord } from "../../records"
import type { AdminUpdateSupplierType } from "../../validators"

export const GET = retrieveRecord("supplier")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateSupplierType>,
  res: MedusaResponse<AdminSupplierResponse>
) => {
  await updateSupplierWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ supplier: await fetchRecord(req, "supplier", req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOriginDeleteResponse<"supplier">>) => {
  await deleteSupplierWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: req.params.id, object: "supplier", deleted: true })
}
