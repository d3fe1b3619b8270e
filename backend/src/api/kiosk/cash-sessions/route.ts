import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskOpenedCashSessionResponse } from "@onecounty/contracts/kiosk"
import { openCashSessionWorkflow } from "../../../workflows/kiosk/cash-sessions"
import { cashSessionView } from "../cash-session-view"
import type { KioskRequest } from "../kiosk-request"
import type { KioskOpenCashSessionType } from "../validators"

export const POST = async (req: KioskRequest<KioskOpenCashSessionType>, res: MedusaResponse<KioskOpenedCashSessionResponse<Date>>) => {
  const { result } = await openCashSessionWorkflow(req.scope).run({
    input: { counter_id: req.kiosk.counter_id, clerk_id: req.kiosk.clerk!.id, opening_float: req.validatedBody.opening_float },
  })
  res.status(201).json({ cash_session: await cashSessionView(req.scope, result) })
}
