import { defineLink } from "@medusajs/framework/utils"
import CounterModule from "../modules/counter"
import KioskModule from "../modules/kiosk"

/** The counter a sale was made at. Read-only, through kiosk_sale.counter_id (indexed): see kiosk-sale-order.ts. */
export default defineLink({ linkable: KioskModule.linkable.kioskSale, field: "counter_id" }, CounterModule.linkable.counter, { readOnly: true })
