import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { digest } from "../../lib/kiosk/secrets"
import { DEVICE_SEEN_EVERY_MS, type ClerkRole } from "../../modules/kiosk/constants"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type KioskModuleService from "../../modules/kiosk/service"

export type KioskContext = {
  device_id: string
  counter_id: string
  clerk?: { id: string; name: string; role: ClerkRole }
}

export type KioskRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { kiosk: KioskContext }

export const kioskService = (req: MedusaRequest) => req.scope.resolve<KioskModuleService>(KIOSK_MODULE)

/**
 * Every /kiosk call but device registration carries the token of a registered, unrevoked device;
 * its last_seen_at is renewed at most once a minute.
 */
export async function requireDevice(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = req.headers["x-kiosk-device"]
  if (typeof token !== "string" || !token) {
    res.status(401).json({ type: "unauthorized", message: "x-kiosk-device: device token missing" })
    return
  }
  const kiosk = kioskService(req)
  const [device] = await kiosk.listKioskDevices({ token_hash: digest(token), revoked_at: null })
  if (!device) {
    res.status(401).json({ type: "unauthorized", message: "x-kiosk-device: unknown or revoked device token" })
    return
  }
  if (!device.last_seen_at || Date.now() - new Date(device.last_seen_at).getTime() > DEVICE_SEEN_EVERY_MS) {
    await kiosk.markDeviceSeen(device.id)
  }
  ;(req as KioskRequest).kiosk = { device_id: device.id, counter_id: device.counter_id }
  next()
}

/**
 * After Medusa's authenticate("clerk"): the clerk must belong to the device's counter and still
 * be active, so a clerk of counter A can do nothing on a device of counter B.
 */
export async function requireClerkOfDevice(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as KioskRequest
  const clerkId = request.auth_context.actor_id
  const counterId = request.auth_context.app_metadata?.counter_id
  if (counterId !== request.kiosk.counter_id) {
    res.status(403).json({ type: "not_allowed", message: "This clerk belongs to another counter" })
    return
  }
  const [clerk] = await kioskService(req).listClerks({ id: clerkId, counter_id: counterId, active: true })
  if (!clerk) {
    res.status(403).json({ type: "not_allowed", message: "This clerk is no longer active at this counter" })
    return
  }
  request.kiosk.clerk = { id: clerk.id, name: clerk.name, role: clerk.role }
  next()
}
