import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOutletDeleteResponse, AdminOutletResponse } from "@onecounty/contracts/admin-partners"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"
import { outletView, partnersOf } from "../../../views"
import type { AdminUpdateOutlet } from "../../../validators"

async function outletOr404(scope: MedusaContainer, partnerId: string, outletId: string) {
  const [outlet] = await partnersOf(scope).listPartnerOutlets({ id: outletId, partner_id: partnerId })
  if (!outlet) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `outlet ${outletId} of partner ${partnerId} was not found`)
  }
  return outlet
}

export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdateOutlet>>, res: MedusaResponse<AdminOutletResponse<Date>>) => {
  await outletOr404(req.scope, req.params.id, req.params.outlet_id)
  const [outlet] = await partnersOf(req.scope).updatePartnerOutlets([{ id: req.params.outlet_id, ...req.validatedBody }])
  res.json({ outlet: outletView(outlet as unknown as Record<string, unknown>) })
}

/** Removes the outlet (soft): lines already received keep it; new lines may no longer name it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOutletDeleteResponse>) => {
  await outletOr404(req.scope, req.params.id, req.params.outlet_id)
  await partnersOf(req.scope).softDeletePartnerOutlets([req.params.outlet_id])
  res.json({ id: req.params.outlet_id, object: "partner_outlet", deleted: true })
}
