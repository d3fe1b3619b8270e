import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TargetsImportRefusal, TargetsImportResponse } from "@onecounty/contracts/officials"
import { planTargetsImport } from "../../../../reporting/targets/plan-targets-import"
import { setTargetsWorkflow } from "../../../../workflows/support/set-targets"
import type { ImportTargetsType } from "../../../../reporting/targets/validators"
import { targetEditor } from "../target-editor"

/** Sets every target of the file or none, through the same workflow as the operators' import. */
export const POST = async (req: AuthenticatedMedusaRequest<ImportTargetsType>, res: MedusaResponse<TargetsImportResponse | TargetsImportRefusal>) => {
  const official = targetEditor(req)
  const { targets, errors } = await planTargetsImport(req.scope, req.validatedBody.table, official.district_zh)
  if (errors.length) {
    res.status(400).json({ type: "invalid_data", message: `Nothing imported: ${errors.length} error(s) in the file`, errors })
    return
  }
  const { result } = await setTargetsWorkflow(req.scope).run({ input: targets })
  res.json({ imported: targets.length, created: result.created.length, updated: result.previous.length })
}
