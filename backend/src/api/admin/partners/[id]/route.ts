import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPartnerDeleteResponse, AdminPartnerDetailResponse, AdminPartnerResponse } from "@onecounty/contracts/admin-partners"
import type { z } from "@medusajs/framework/zod"
import { credentialView, outletView, partnerOr404, partnersOf, partnerView } from "../views"
import type { AdminUpdatePartner } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPartnerDetailResponse<Date>>) => {
  const partner = await partnerOr404(req.scope, req.params.id)
  const partners = partnersOf(req.scope)
  const [outlets, credentials] = await Promise.all([
    partners.listPartnerOutlets({ partner_id: partner.id }, { take: null, order: { code: "ASC" } }),
    partners.listPartnerCredentials({ partner_id: partner.id }, { take: null, order: { created_at: "DESC" } }),
  ])
  res.json({
    partner: {
      ...partnerView(partner as unknown as Record<string, unknown>),
      outlets: outlets.map((o) => outletView(o as unknown as Record<string, unknown>)),
      credentials: credentials.map((c) => credentialView(c as unknown as Record<string, unknown>)),
    },
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof AdminUpdatePartner>>, res: MedusaResponse<AdminPartnerResponse<Date>>) => {
  await partnerOr404(req.scope, req.params.id)
  const [partner] = await partnersOf(req.scope).updatePartners([{ id: req.params.id, ...req.validatedBody }])
  res.json({ partner: partnerView(partner as unknown as Record<string, unknown>) })
}

/** Removes the partner (soft); its keys stop working at once. Its booked lines stay in the ledger. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPartnerDeleteResponse>) => {
  await partnerOr404(req.scope, req.params.id)
  const partners = partnersOf(req.scope)
  const keys = await partners.listPartnerCredentials({ partner_id: req.params.id, revoked_at: null }, { select: ["id"], take: null })
  if (keys.length) {
    await partners.updatePartnerCredentials(keys.map((k) => ({ id: k.id, revoked_at: new Date() })))
  }
  await partners.softDeletePartners([req.params.id])
  res.json({ id: req.params.id, object: "partner", deleted: true })
}
