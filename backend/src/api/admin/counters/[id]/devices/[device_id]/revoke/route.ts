import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDeviceResponse } from "@onecounty/contracts/admin-counters"
import { MedusaError } from "@medusajs/framework/utils"
import { KIOSK_MODULE } from "../../../../../../../modules/kiosk"
import type KioskModuleService from "../../../../../../../modules/kiosk/service"
import { revokeKioskDevicesWorkflow } from "../../../../../../../workflows/kiosk/revoke-devices"
import { deviceView } from "../../device-view"

/** Revokes one device of this counter (again: no change); another counter's device is not found. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDeviceResponse<Date>>) => {
  const kiosk = req.scope.resolve<KioskModuleService>(KIOSK_MODULE)
  const [device] = await kiosk.listKioskDevices({ id: req.params.device_id, counter_id: req.params.id })
  if (!device) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `device_id: no device ${req.params.device_id} at this counter`)
  }
  await revokeKioskDevicesWorkflow(req.scope).run({ input: { counter_id: req.params.id, device_id: device.id } })
  res.json({ device: deviceView(await kiosk.retrieveKioskDevice(device.id)) })
}
