import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAttentionResponse, LedgerAttention } from "@onecounty/contracts/admin-reporting"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import type { AdminListAttentionType } from "../validators"

type Attention = LedgerAttention<Date>

/** Orders the ledger could not book, with the reason, newest first (open ones unless status=all). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAttentionResponse<Date>>) => {
  const { status, limit, offset } = req.validatedQuery as AdminListAttentionType
  const support = req.scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [rows, count] = await support.listAndCountLedgerAttentions(status === "open" ? { resolved_at: null } : {}, {
    select: ["id", "order_id", "reason", "source", "run_id", "attempts", "last_tried_at", "resolved_at", "created_at"],
    order: { last_tried_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ attention: rows as Attention[], count, limit, offset })
}
