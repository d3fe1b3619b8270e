import type { MedusaContainer } from "@medusajs/framework/types"
import { verifyPin } from "../../../lib/kiosk/secrets"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"
import { countedPinCheck } from "./counted-pin"

/**
 * The counter's active, unlocked manager whose PIN this is, or null. The attempt is charged to
 * the signed-in clerk who asks (`clerkId`), under the same lockout as their own PIN: a clerk gets
 * 5 guesses at a manager's PIN, then is locked. Callers answer "not approved" to every null, so
 * a wrong PIN, a locked clerk and a locked manager look the same.
 */
export async function findManagerByPin(container: MedusaContainer, counterId: string, clerkId: string, pin: string) {
  const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
  const checked = await countedPinCheck(kiosk, clerkId, async () => {
    const managers = await kiosk.listClerks({ counter_id: counterId, role: "manager", active: true })
    const now = new Date()
    for (const manager of managers) {
      const locked = manager.locked_until && new Date(manager.locked_until) > now
      if (!locked && (await verifyPin(pin, manager.pin_hash))) {
        return manager
      }
    }
    return null
  })
  return checked.outcome === "ok" ? checked.value : null
}
