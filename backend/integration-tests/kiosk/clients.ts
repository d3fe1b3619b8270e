import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders } from "../helpers/actors"
import { settle, type Res } from "../helpers/http"
import { PINS, PRICE_FEN, type KioskWorld } from "./fixtures"

export type Headers = { headers: Record<string, string> }
type Api = { post: (url: string, body: unknown, h: Headers) => Promise<Res>; get: (url: string, h: Headers) => Promise<Res> }

/** The HTTP calls a kiosk makes, and the operator's setup code that pins it to a counter. */
export function kioskClients(api: Api, container: () => MedusaContainer, world: () => KioskWorld) {
  const post = (url: string, body: unknown, h: Headers) => settle(api.post(url, body, h))
  const get = (url: string, h: Headers) => settle(api.get(url, h))
  const admin = () => adminHeaders(container())

  const device = async (counterId: string): Promise<Headers & { token: string; id: string }> => {
    const code = await post(`/admin/counters/${counterId}/setup-codes`, {}, await admin())
    const registered = await post("/kiosk/devices", { code: code.data.setup_code.code }, { headers: {} })
    if (registered.status !== 201) {
      throw new Error(`device registration answered ${registered.status}`)
    }
    const token = registered.data.device_token as string
    return { token, id: registered.data.device.id, headers: { "x-kiosk-device": token } }
  }
  const login = async (dev: Headers, clerkId: string, pin = PINS.clerk): Promise<Headers> => {
    const res = await post("/kiosk/auth/pin", { clerk_id: clerkId, pin }, dev)
    if (res.status !== 200) {
      throw new Error(`login answered ${res.status}: ${res.data?.message}`)
    }
    return { headers: { ...dev.headers, authorization: `Bearer ${res.data.token}` } }
  }
  const sale = (overrides: Record<string, unknown> = {}) => ({
    idempotency_key: randomUUID(),
    sold_at: new Date().toISOString(),
    clerk_id: world().clerks.aClerk,
    items: [{ variant_id: world().variant, quantity: 2, unit_price: PRICE_FEN }],
    payment: { method: "cash", amount: 2 * PRICE_FEN, tendered: 5000 },
    ...overrides,
  })
  return { post, get, admin, device, login, sale }
}
