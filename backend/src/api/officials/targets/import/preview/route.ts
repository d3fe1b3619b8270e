import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TargetsImportPreviewResponse } from "@onecounty/contracts/officials"
import { planTargetsImport } from "../../../../../reporting/targets/plan-targets-import"
import type { ImportTargetsType } from "../../../../../reporting/targets/validators"
import { targetEditor } from "../../target-editor"

/** What the import would do, row by row, writing nothing: errors, and each row's create or replace. */
export const POST = async (req: AuthenticatedMedusaRequest<ImportTargetsType>, res: MedusaResponse<TargetsImportPreviewResponse>) => {
  const official = targetEditor(req)
  const { rows, errors } = await planTargetsImport(req.scope, req.validatedBody.table, official.district_zh)
  res.json({
    valid: errors.length === 0,
    errors,
    rows,
    create: rows.filter((r) => r.action === "create").length,
    replace: rows.filter((r) => r.action === "replace").length,
  })
}
