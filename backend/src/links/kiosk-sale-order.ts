import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import KioskModule from "../modules/kiosk"

/**
 * A counter sale's order. Read-only: the sale already stores order_id (claimed before the order
 * exists, unique per idempotency key), so the link needs no table of its own, nothing to sync or
 * migrate, and Query reads `kiosk_sale.order.*` through the column.
 */
export default defineLink({ linkable: KioskModule.linkable.kioskSale, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
