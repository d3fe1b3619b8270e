import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProductOriginResponse } from "@onecounty/contracts/admin-origins"
import { setProductOriginWorkflow } from "../../../../../workflows/origin/set-product-origin"
import type { AdminSetProductOriginType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetProductOriginType>,
  res: MedusaResponse<AdminProductOriginResponse>
) => {
  const { result } = await setProductOriginWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.json({ product_id: req.params.id, ...result })
}
