import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PartnerKind, PartnersResponse } from "@onecounty/contracts/officials-partners"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"

/** Partners' names, for the codes in rankings (`by=partner`) and drill-downs. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<PartnersResponse>) => {
  const partners = await req.scope
    .resolve<PartnerModuleService>(PARTNER_MODULE)
    .listPartners({}, { take: null, withDeleted: true, order: { name_zh: "ASC" } })
  res.json({ partners: partners.map(({ id, name_zh, name_en, kind, district_zh }) => ({ id, name_zh, name_en, kind: kind as PartnerKind, district_zh })) })
}
