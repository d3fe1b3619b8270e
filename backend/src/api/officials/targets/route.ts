import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TargetsResponse } from "@onecounty/contracts/officials"
import { listTargets } from "../../../reporting/targets/list-targets"
import { currentOfficial } from "../signed-in-official"

/** The year's targets; a district-scoped official sees their district's only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<TargetsResponse>) => {
  const official = currentOfficial(req)
  const scope = official.district_zh ? { level: "district", scope_code: official.district_zh } : {}
  const targets = await listTargets(req, { ...req.validatedQuery, ...scope })
  res.json({ targets, count: targets.length })
}
