import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskOpenedCashSessionResponse } from "@onecounty/contracts/kiosk"
import { closeCashSessionWorkflow } from "../../../../../workflows/kiosk/cash-sessions"
import { cashSessionView } from "../../../cash-session-view"
import type { KioskRequest } from "../../../kiosk-request"
import type { KioskCloseCashSessionType } from "../../../validators"

export const POST = async (req: KioskRequest<KioskCloseCashSessionType>, res: MedusaResponse<KioskOpenedCashSessionResponse<Date>>) => {
  const { result } = await closeCashSessionWorkflow(req.scope).run({
    input: { id: req.params.id, counter_id: req.kiosk.counter_id, clerk_id: req.kiosk.clerk!.id, ...req.validatedBody },
  })
  res.json({ cash_session: await cashSessionView(req.scope, result) })
}
