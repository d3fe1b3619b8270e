import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { YearsResponse } from "@onecounty/contracts/officials"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yearsWithData } from "../../../reporting/reports/years"
import { currentOfficial } from "../signed-in-official"

/** The years worth opening: the console's year selector lists them and opens on the best one. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<YearsResponse>) => {
  const official = currentOfficial(req)
  const db = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.json({ years: await yearsWithData(db, official.district_zh ?? undefined) })
}
