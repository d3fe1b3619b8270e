import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSupplierResponse } from "@onecounty/contracts/admin-origins"
import { createSupplierWorkflow } from "../../../../workflows/origin/supplier-workflows"
import { fetchRecord, listRecords } from "../records"
import type { AdminCreateSupplierType } from "../validators"

export const GET = listRecords("supplier")

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateSupplierType>,
  res: MedusaResponse<AdminSupplierResponse>
) => {
  const { result } = await createSupplierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ supplier: await fetchRecord(req, "supplier", result.id) })
}
