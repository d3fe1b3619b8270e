import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ordersByMetadata } from "../../../reporting/ledger/read-orders"

/**
 * The order a booking made before its process died, found by the idempotency key the submit
 * workflow writes into the order's metadata; null when the booking died before making one.
 */
export async function interruptedOrder(container: MedusaContainer, idempotencyKey: string) {
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [order] = await ordersByMetadata(db, ["kiosk", "idempotency_key"], idempotencyKey)
  return order ? { id: order.id, display_id: order.display_id } : null
}
