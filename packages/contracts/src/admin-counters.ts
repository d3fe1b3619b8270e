// The operators' counter routes (/admin/counters/*) used by the Medusa admin's counter pages.
// `Time` is string on the wire (ISO 8601) and Date where the backend builds the answer.
import type { ClerkRole, CounterKind } from "./enums"
import type { Sale } from "./kiosk"

/** A counter with its default fields (?fields= can ask for fewer or more; see api/admin/counters/fields.ts). */
export type AdminCounter<Time = string> = {
  id: string
  code: string
  name_zh: string
  name_en: string
  kind: CounterKind
  address: string
  district_zh: string
  district_en: string
  created_at: Time
  updated_at: Time
  sales_channel?: { id: string; name: string; publishable_api_keys?: { id: string; token: string; revoked_at: Time | null }[] } | null
  stock_location?: { id: string; name: string; address?: Record<string, unknown> | null } | null
}
export type AdminCountersResponse<Time = string> = { counters: AdminCounter<Time>[]; count: number; offset: number; limit: number }
export type AdminCounterResponse<Time = string> = { counter: AdminCounter<Time> }
export type AdminCounterDeleteResponse = { id: string; object: "counter"; deleted: true }

/** A clerk for operators: never the PIN hash. */
export type AdminClerk<Time = string> = {
  id: string
  counter_id: string
  name: string
  role: ClerkRole
  active: boolean
  locked_until: Time | null
  created_at: Time
}
export type AdminClerksResponse<Time = string> = { clerks: AdminClerk<Time>[] }
export type AdminClerkResponse<Time = string> = { clerk: AdminClerk<Time> }

/** A kiosk device for operators: never its token's hash. */
export type AdminDevice<Time = string> = { id: string; counter_id: string; created_at: Time; last_seen_at: Time | null; revoked_at: Time | null }
export type AdminDevicesResponse<Time = string> = { devices: AdminDevice<Time>[] }
export type AdminDeviceResponse<Time = string> = { device: AdminDevice<Time> }

/** A one-time code a new device registers with (shown once). */
export type SetupCode<Time = string> = { code: string; expires_at: Time }
export type AdminSetupCodeResponse<Time = string> = { setup_code: SetupCode<Time> }

/** GET /admin/counters/:id/sales: newest first; `flagged=true` is the review queue. */
export type AdminCounterSalesResponse<Time = string> = { sales: Sale<Time>[]; count: number; limit: number; offset: number }
