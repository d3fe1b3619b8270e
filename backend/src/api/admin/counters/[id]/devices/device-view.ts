import type { InferTypeOf } from "@medusajs/framework/types"
import type { AdminDevice } from "@onecounty/contracts/admin-counters"
import type { KioskDevice } from "../../../../../modules/kiosk/models/kiosk-device"

/** A device for operators: never its token's hash. */
export const deviceView = (d: InferTypeOf<typeof KioskDevice>): AdminDevice<Date> => ({
  id: d.id,
  counter_id: d.counter_id,
  created_at: d.created_at,
  last_seen_at: d.last_seen_at,
  revoked_at: d.revoked_at,
})
