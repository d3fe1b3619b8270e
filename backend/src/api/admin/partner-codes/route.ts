import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPartnerCodeQueueResponse } from "@onecounty/contracts/admin-partners"
import type { z } from "@medusajs/framework/zod"
import { codeViews, partnersOf } from "../partners/views"
import type { AdminListCodes } from "../partners/validators"

/** The review queue across partners: codes waiting (default), mapped or marked not-assistance. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPartnerCodeQueueResponse<Date>>) => {
  const { status, partner_id, limit, offset } = req.validatedQuery as z.infer<typeof AdminListCodes>
  const partners = partnersOf(req.scope)
  const [codes, count] = await partners.listAndCountPartnerProductCodes(
    { ...(status === "all" ? {} : { status }), ...(partner_id ? { partner_id } : {}) },
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  const owners = codes.length ? await partners.listPartners({ id: [...new Set(codes.map((c) => c.partner_id))] }, { withDeleted: true }) : []
  const byId = new Map(owners.map((p) => [p.id, { id: p.id, name_zh: p.name_zh, name_en: p.name_en }]))
  const views = await codeViews(req.scope, codes as unknown as Record<string, unknown>[])
  res.json({ codes: views.map((v) => ({ ...v, partner: byId.get(v.partner_id) ?? null })), count, limit, offset })
}
