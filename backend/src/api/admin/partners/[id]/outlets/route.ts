import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOutletResponse, AdminOutletsResponse } from "@onecounty/contracts/admin-partners"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { outletView, partnerOr404, partnersOf } from "../../views"
import type { AdminCreateOutlet } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOutletsResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  const outlets = await partnersOf(req.scope).listPartnerOutlets({ partner_id: req.params.id }, { take: null, order: { code: "ASC" } })
  res.json({ outlets: outlets.map((o) => outletView(o as unknown as Record<string, unknown>)) })
}

export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateOutlet>>, res: MedusaResponse<AdminOutletResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  const partners = partnersOf(req.scope)
  const [taken] = await partners.listPartnerOutlets({ partner_id: req.params.id, code: req.validatedBody.code })
  if (taken) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: ${req.validatedBody.code} is already used by outlet ${taken.name}`)
  }
  const [outlet] = await partners.createPartnerOutlets([
    { partner_id: req.params.id, ...req.validatedBody, district_zh: req.validatedBody.district_zh ?? null },
  ])
  res.json({ outlet: outletView(outlet as unknown as Record<string, unknown>) })
}
