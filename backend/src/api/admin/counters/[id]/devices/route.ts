import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDevicesResponse } from "@onecounty/contracts/admin-counters"
import { KIOSK_MODULE } from "../../../../../modules/kiosk"
import type KioskModuleService from "../../../../../modules/kiosk/service"
import { findCounterPlace } from "../../../../../workflows/counter/steps/find-counter"
import { deviceView } from "./device-view"

/** The counter's kiosk devices, newest first, revoked ones included. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDevicesResponse<Date>>) => {
  await findCounterPlace(req.scope, req.params.id)
  const devices = await req.scope
    .resolve<KioskModuleService>(KIOSK_MODULE)
    .listKioskDevices({ counter_id: req.params.id }, { order: { created_at: "DESC" }, take: null })
  res.json({ devices: devices.map(deviceView) })
}
