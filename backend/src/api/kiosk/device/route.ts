import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskDeviceResponse } from "@onecounty/contracts/kiosk"
import { findCounterPlace } from "../../../workflows/counter/steps/find-counter"
import { counterView } from "../counter-view"
import type { KioskRequest } from "../kiosk-request"

export const GET = async (req: KioskRequest, res: MedusaResponse<KioskDeviceResponse>) => {
  const counter = counterView(await findCounterPlace(req.scope, req.kiosk.counter_id))
  res.json({ device: { id: req.kiosk.device_id, counter }, counter })
}
