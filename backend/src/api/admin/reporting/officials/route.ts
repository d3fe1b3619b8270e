import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOfficial, AdminOfficialResponse, AdminOfficialsResponse } from "@onecounty/contracts/admin-reporting"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import { createOfficialWorkflow } from "../../../../workflows/support/create-official"
import type { AdminCreateOfficialType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateOfficialType>, res: MedusaResponse<AdminOfficialResponse<Date>>) => {
  const { district, ...rest } = req.validatedBody
  const { result } = await createOfficialWorkflow(req.scope).run({ input: { ...rest, district_zh: district ?? null } })
  res.status(201).json({ official: result as AdminOfficial<Date> })
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOfficialsResponse<Date>>) => {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [officials, count] = await support.listAndCountOfficials({}, { order: { email: "ASC" } })
  res.json({ officials: officials as AdminOfficial<Date>[], count })
}
