import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskCashSessionResponse } from "@onecounty/contracts/kiosk"
import { cashSessionView } from "../../cash-session-view"
import { kioskService, type KioskRequest } from "../../kiosk-request"

export const GET = async (req: KioskRequest, res: MedusaResponse<KioskCashSessionResponse<Date>>) => {
  const [open] = await kioskService(req).listCashSessions({ counter_id: req.kiosk.counter_id, closed_at: null })
  res.json({ cash_session: open ? await cashSessionView(req.scope, open) : null })
}
