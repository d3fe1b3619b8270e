import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The order a booking made before its process died, found by the idempotency key the submit
 * workflow writes into the order's metadata; null when the booking died before making one.
 * Plain SQL over the order module's table: its filters cannot reach into metadata.
 */
export async function interruptedOrder(container: MedusaContainer, idempotencyKey: string) {
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select id, display_id from "order"
     where metadata->'kiosk'->>'idempotency_key' = ? and deleted_at is null
     order by created_at limit 1`,
    [idempotencyKey]
  )
  return (rows[0] as { id: string; display_id: number } | undefined) ?? null
}
