import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"
import type { SaleLine } from "./price-sale"

export type ReturnItemInput = { variant_id: string; quantity: number }


/** Units of each variant already returned at the counter for this sale. */
async function returnedAtCounter(kiosk: KioskModuleService, saleId: string) {
  const returns = await kiosk.listKioskReturns({ sale_id: saleId }, { take: null })
  const returned = new Map<string, number>()
  for (const r of returns) {
    for (const line of (r.lines as { list: { variant_id: string; quantity: number }[] }).list) {
      returned.set(line.variant_id, (returned.get(line.variant_id) ?? 0) + line.quantity)
    }
  }
  return returned
}

/**
 * Maps the returned variants onto the order's lines, refusing more than the sale sold and the
 * counter has not yet taken back, and prices the refund at what the customer paid per unit.
 */
export const prepareReturnStep = createStep(
  "kiosk-prepare-return",
  async ({ sale_id, order_id, items }: { sale_id: string; order_id: string; items: ReturnItemInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
    const sale = await kiosk.retrieveKioskSale(sale_id)
    const sold = (sale.lines as { list: SaleLine[] }).list
    const atCounter = await returnedAtCounter(kiosk, sale_id)
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
      const soldLines = sold.filter((l) => l.variant_id === item.variant_id)
      const left = soldLines.reduce((sum, l) => sum + l.quantity, 0) - (atCounter.get(item.variant_id) ?? 0)
      if (item.quantity > left) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `items.${idx}.quantity: only ${left} left to return`)
      }
      return { line, item, unit_fen: soldLines[0].unit_price }
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
    return new StepResponse({
      payment_id: payment.id as string,
      amount: lines.reduce((sum, l) => sum + l.unit_fen * l.item.quantity, 0),
      return_items: lines.map(({ line, item }) => ({ id: line.id as string, quantity: item.quantity })),
      lines: lines.map(({ item, unit_fen }) => ({ variant_id: item.variant_id, quantity: item.quantity, unit_price: unit_fen, total: unit_fen * item.quantity })),
      stock,
    })
  }
)
