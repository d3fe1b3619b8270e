import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPartnerResponse, AdminPartnersResponse } from "@onecounty/contracts/admin-partners"
import type { z } from "@medusajs/framework/zod"
import { partnersOf, partnerView } from "./views"
import type { AdminCreatePartner, AdminListPartners } from "./validators"

/** Partners, searchable by name, with their outlets and lines waiting for a mapping. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPartnersResponse<Date>>) => {
  const { q, kind, limit, offset } = req.validatedQuery as z.infer<typeof AdminListPartners>
  const partners = partnersOf(req.scope)
  const [rows, count] = await partners.listAndCountPartners(
    { ...(q ? { q } : {}), ...(kind ? { kind } : {}) },
    { take: limit, skip: offset, order: { name_zh: "ASC" } }
  )
  const ids = rows.map((p) => p.id)
  const [outlets, waiting] = await Promise.all([
    ids.length ? partners.listPartnerOutlets({ partner_id: ids }, { select: ["partner_id"], take: null }) : Promise.resolve([]),
    partners.waitingCountByPartner(ids),
  ])
  res.json({
    partners: rows.map((p) => ({
      ...partnerView(p as unknown as Record<string, unknown>),
      outlets_count: outlets.filter((o) => o.partner_id === p.id).length,
      lines_waiting: waiting.get(p.id) ?? 0,
    })),
    count,
    limit,
    offset,
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<z.infer<typeof AdminCreatePartner>>, res: MedusaResponse<AdminPartnerResponse<Date>>) => {
  const [partner] = await partnersOf(req.scope).createPartners([{ ...req.validatedBody, district_zh: req.validatedBody.district_zh ?? null }])
  res.status(200).json({ partner: partnerView(partner as unknown as Record<string, unknown>) })
}
