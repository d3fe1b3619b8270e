import type { MedusaRequest } from "@medusajs/framework/http"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"

/** Targets with their amount as integer fen, as every money figure in these APIs. */
export async function listTargets(req: MedusaRequest, filters: Record<string, unknown>) {
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const targets = await support.listSupportTargets(filters, { order: { year: "DESC", level: "ASC", scope_code: "ASC" } })
  return targets.map(({ amount, raw_amount: _raw, ...t }) => ({ ...t, amount_fen: Number(amount) }))
}
