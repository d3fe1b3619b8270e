import { defineLink } from "@medusajs/framework/utils"
import CounterModule from "../modules/counter"
import KioskModule from "../modules/kiosk"

/** The counter a device is registered to. Read-only, through kiosk_device.counter_id (indexed): see kiosk-sale-order.ts. */
export default defineLink({ linkable: KioskModule.linkable.kioskDevice, field: "counter_id" }, CounterModule.linkable.counter, { readOnly: true })
