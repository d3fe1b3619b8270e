import { defineLink } from "@medusajs/framework/utils"
import CounterModule from "../modules/counter"
import KioskModule from "../modules/kiosk"

/**
 * The counter a clerk works at. Read-only, through kiosk_clerk.counter_id (indexed): see
 * kiosk-sale-order.ts. Query's entity is `clerk` (the model's name, see models/clerk.ts).
 */
export default defineLink({ linkable: KioskModule.linkable.clerk, field: "counter_id" }, CounterModule.linkable.counter, { readOnly: true })
