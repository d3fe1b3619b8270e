import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"
import type { SaleFlag, SaleLine } from "./price-sale"

type Input = {
  sale_id: string
  counter_id: string
  order_id: string
  display_id: number
  total: number
  flags: SaleFlag[]
  lines: SaleLine[]
  payment: Record<string, unknown>
  override: Record<string, unknown> | null
}

/** Flags that record a decision rather than ask for one. */
const INFORMATIONAL = new Set(["price_override"])
export const needsReview = (flags: SaleFlag[]) => flags.some((f) => !INFORMATIONAL.has(f.kind))

/**
 * Binds the claimed sale to its order and to the till open now (server time, whatever sold_at
 * says); from here on a repeated key answers with this order.
 */
export const finishSaleStep = createStep("kiosk-finish-sale", async (input: Input, { container }) => {
  const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
  const sale = await kiosk.finishSale({
    id: input.sale_id,
    counter_id: input.counter_id,
    order_id: input.order_id,
    display_id: input.display_id,
    total: input.total,
    flagged: needsReview(input.flags),
    flags: { list: input.flags },
    lines: { list: input.lines },
    payment: input.payment,
    override: input.override,
  })
  return new StepResponse(sale)
})
