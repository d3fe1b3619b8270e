import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"
import type { ReturnReservation } from "../../../modules/kiosk/service"
import type { SaleLine } from "./price-sale"

export type ReturnItemInput = { variant_id: string; quantity: number }

export type PrepareReturnInput = Omit<ReturnReservation, "lines"> & { items: ReturnItemInput[] }

/**
 * Maps the returned variants onto the order's lines, prices the refund at what the customer paid
 * per unit, and reserves the return (KioskModuleService reserveReturn): under a lock on the sale,
 * refusing more than the sale sold and earlier returns have not yet taken back.
 */
export const prepareReturnStep = createStep(
  "kiosk-prepare-return",
  async ({ items, ...reservation }: PrepareReturnInput, { container }) => {
    const { sale_id, order_id } = reservation
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const sale = await kiosk.retrieveKioskSale(sale_id)
    const sold = (sale.lines as { list: SaleLine[] }).list
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.variant_id",
        "items.quantity",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
        "items.variant.manage_inventory",
        "payment_collections.payments.id",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as any
    const lines = items.map((item, idx) => {
      const line = (order?.items ?? []).find((l: any) => l.variant_id === item.variant_id)
      if (!line) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `items.${idx}.variant_id: not in this sale`)
      }
      const soldLine = sold.find((l) => l.variant_id === item.variant_id)
      return { line, item, unit_fen: soldLine?.unit_price ?? 0 }
    })
    const payment = order.payment_collections?.[0]?.payments?.[0]
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This sale has no payment to refund")
    }
    const stock = lines.flatMap(({ line, item }) =>
      line.variant?.manage_inventory
        ? (line.variant.inventory_items ?? []).map((inv: any) => ({
            inventory_item_id: inv.inventory_item_id as string,
            quantity: Number(inv.required_quantity ?? 1) * item.quantity,
          }))
        : []
    )
    const reserved = await kiosk.reserveReturn({
      ...reservation,
      lines: lines.map(({ item, unit_fen }) => ({ variant_id: item.variant_id, quantity: item.quantity, unit_price: unit_fen, total: unit_fen * item.quantity })),
    })
    return new StepResponse(
      {
        reservation_id: reserved.id,
        payment_id: payment.id as string,
        amount: Number(reserved.amount),
        return_items: lines.map(({ line, item }) => ({ id: line.id as string, quantity: item.quantity })),
        stock,
      },
      reserved.id
    )
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<KioskModuleService>(KIOSK_MODULE).deleteKioskReturns(id)
    }
  }
)
