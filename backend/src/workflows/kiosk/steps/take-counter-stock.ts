import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { location_id: string; items: { inventory_item_id: string; quantity: number }[] }

/**
 * Moves stock at the counter's location by `quantity` per item (negative takes it out). A sale
 * that outran the recorded stock still takes its units: the level goes below zero (creating it
 * when the location never held the item) so the count shows what is really missing.
 */
export const moveCounterStockStep = createStep(
  "kiosk-move-counter-stock",
  async ({ location_id, items }: Input, { container }) => {
    if (!items.length) {
      return new StepResponse([], { location_id, items: [] as Input["items"] })
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const ids = items.map((i) => i.inventory_item_id)
    await locking.execute([...new Set(ids)], async () => {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: ids, location_id })
      const have = new Set(levels.map((l) => l.inventory_item_id))
      const missing = ids.filter((id) => !have.has(id))
      if (missing.length) {
        await inventory.createInventoryLevels(missing.map((inventory_item_id) => ({ inventory_item_id, location_id, stocked_quantity: 0 })))
      }
      await inventory.adjustInventory(
        items.map((i) => ({ inventoryItemId: i.inventory_item_id, locationId: location_id, adjustment: i.quantity }))
      )
    })
    return new StepResponse(items, { location_id, items })
  },
  async (moved, { container }) => {
    if (!moved?.items.length) {
      return
    }
    await container.resolve(Modules.INVENTORY).adjustInventory(
      moved.items.map((i) => ({
        inventoryItemId: i.inventory_item_id,
        locationId: moved.location_id,
        adjustment: MathBN.mult(i.quantity, -1),
      }))
    )
  }
)
