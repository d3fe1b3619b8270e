import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCodeDecisionResponse, AdminPartnerCodesResponse } from "@onecounty/contracts/admin-partners"
import type { z } from "@medusajs/framework/zod"
import { decideCode } from "../../decide-code"
import { codeViews, partnerOr404, partnersOf } from "../../views"
import type { AdminCreateCode, AdminListCodes } from "../../validators"

/** The partner's SKU mappings and codes waiting for review. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPartnerCodesResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  const { status } = req.validatedQuery as z.infer<typeof AdminListCodes>
  const codes = await partnersOf(req.scope).listPartnerProductCodes(
    { partner_id: req.params.id, ...(status === "all" ? {} : { status }) },
    { take: null, order: { code: "ASC" } }
  )
  res.json({ codes: await codeViews(req.scope, codes as unknown as Record<string, unknown>[]) })
}

/** Maps a partner SKU (or barcode) to a product once; the lines waiting on it are booked. */
export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreateCode>>, res: MedusaResponse<AdminCodeDecisionResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  const { kind, code, product_id } = req.validatedBody
  res.json(await decideCode(req.scope, { partner_id: req.params.id, kind, code }, { status: "mapped", product_id }, req.auth_context.actor_id))
}
