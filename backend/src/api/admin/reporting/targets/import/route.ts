import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminTargetsImportRefusal, AdminTargetsImportResponse } from "@onecounty/contracts/admin-reporting"
import { validateTargets } from "../../../../../reporting/targets/validate-targets"
import { setTargetsWorkflow } from "../../../../../workflows/support/set-targets"
import type { ImportTargetsType } from "../../../../../reporting/targets/validators"

/** Imports every row of a targets file (CSV in UTF-8 or GBK, or XLSX), or none: a bad file gets every bad row and column back. */
export const POST = async (req: AuthenticatedMedusaRequest<ImportTargetsType>, res: MedusaResponse<AdminTargetsImportResponse | AdminTargetsImportRefusal>) => {
  const { targets, errors } = validateTargets(req.validatedBody.table)
  if (errors.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `Nothing imported: ${errors.length} error(s) in the file`,
      errors,
    })
    return
  }
  const { result } = await setTargetsWorkflow(req.scope).run({ input: targets })
  res.json({ imported: targets.length, created: result.created.length, updated: result.previous.length })
}
