import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RetryResult } from "../../../../../reporting/ledger/retry-parked"
import { retryLedgerAttentionWorkflow } from "../../../../../workflows/support/retry-ledger-attention"
import type { AdminRetryAttentionType } from "../../validators"

/** Books the listed orders that can be booked now (all open ones, or `order_ids`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRetryAttentionType>, res: MedusaResponse<RetryResult>) => {
  const { result } = await retryLedgerAttentionWorkflow(req.scope).run({ input: { order_ids: req.validatedBody.order_ids } })
  res.json(result)
}
