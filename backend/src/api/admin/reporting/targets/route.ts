import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminTargetsResponse } from "@onecounty/contracts/admin-reporting"
import { setTargetsWorkflow } from "../../../../workflows/support/set-targets"
import type { AdminSetTargetType } from "../validators"
import { listTargets } from "../../../../reporting/targets/list-targets"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTargetsResponse>) => {
  const targets = await listTargets(req, req.validatedQuery)
  res.json({ targets, count: targets.length })
}

/** Sets one target; the same year, level and scope replaces the amount. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetTargetType>, res: MedusaResponse) => {
  const { result } = await setTargetsWorkflow(req.scope).run({ input: [req.validatedBody] })
  const { year, level, scope_code } = req.validatedBody
  const [target] = await listTargets(req, { year, level, scope_code })
  res.status(result.created.length ? 201 : 200).json({ target })
}
