import type { MedusaContainer } from "@medusajs/framework/types"
import { verifyPin } from "../../../lib/kiosk/secrets"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"

/** The counter's active, unlocked manager whose PIN this is, or null. */
export async function findManagerByPin(container: MedusaContainer, counterId: string, pin: string) {
  const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
  const managers = await kiosk.listClerks({ counter_id: counterId, role: "manager", active: true })
  const now = new Date()
  for (const manager of managers) {
    const locked = manager.locked_until && new Date(manager.locked_until) > now
    if (!locked && (await verifyPin(pin, manager.pin_hash))) {
      return manager
    }
  }
  return null
}
