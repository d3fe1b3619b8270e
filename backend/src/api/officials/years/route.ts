import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { YearsResponse } from "@onecounty/contracts/officials"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import { currentOfficial } from "../signed-in-official"

/** The years worth opening: the console's year selector lists them and opens on the best one. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<YearsResponse>) => {
  const official = currentOfficial(req)
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  res.json({ years: await support.yearsWithData(official.district_zh ?? undefined) })
}
