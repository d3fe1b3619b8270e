import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { KioskRegisterDeviceResponse } from "@onecounty/contracts/kiosk"
import { registerDeviceWorkflow } from "../../../workflows/kiosk/register-device"
import { findCounterPlace } from "../../../workflows/counter/steps/find-counter"
import type { KioskRegisterDeviceType } from "../validators"
import { counterView } from "../counter-view"

export const POST = async (req: MedusaRequest<KioskRegisterDeviceType>, res: MedusaResponse<KioskRegisterDeviceResponse>) => {
  const { result } = await registerDeviceWorkflow(req.scope).run({ input: { code: req.validatedBody.code } })
  const counter = await findCounterPlace(req.scope, result.counter_id)
  res.status(201).json({ device: { id: result.device_id, counter: counterView(counter) }, device_token: result.device_token })
}
