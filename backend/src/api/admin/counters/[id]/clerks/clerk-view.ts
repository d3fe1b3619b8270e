import type { InferTypeOf } from "@medusajs/framework/types"
import type { AdminClerk } from "@onecounty/contracts/admin-counters"
import type { Clerk } from "../../../../../modules/kiosk/models/clerk"

/** A clerk for operators: never the PIN hash. */
export const clerkView = (c: InferTypeOf<typeof Clerk>): AdminClerk<Date> => ({
  id: c.id,
  counter_id: c.counter_id,
  name: c.name,
  role: c.role,
  active: c.active,
  locked_until: c.locked_until,
  created_at: c.created_at,
})
