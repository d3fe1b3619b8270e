import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUPPORT_MODULE } from "../../../../modules/support"
import type SupportModuleService from "../../../../modules/support/service"
import type { AdminListAttentionType } from "../validators"

type Attention = {
  id: string
  order_id: string
  reason: string
  source: string
  run_id: string | null
  attempts: number
  last_tried_at: Date
  resolved_at: Date | null
  created_at: Date
}
export type AdminAttentionResponse = { attention: Attention[]; count: number; limit: number; offset: number }

/** Orders the ledger could not book, with the reason, newest first (open ones unless status=all). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAttentionResponse>) => {
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
