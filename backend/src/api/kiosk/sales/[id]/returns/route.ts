import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskRefusal, KioskReturnResponse, PaymentMethod } from "@onecounty/contracts/kiosk"
import { findCounterPlace } from "../../../../../workflows/counter/steps/find-counter"
import { findManagerByPin } from "../../../../../workflows/kiosk/steps/find-manager"
import { returnKioskSaleWorkflow } from "../../../../../workflows/kiosk/return-sale"
import type { KioskRequest } from "../../../kiosk-request"
import type { KioskReturnSaleType } from "../../../validators"
import { saleOfCounter } from "../sale-of-counter"

export const POST = async (req: KioskRequest<KioskReturnSaleType>, res: MedusaResponse<KioskReturnResponse<Date> | KioskRefusal>) => {
  const body = req.validatedBody
  const sale = await saleOfCounter(req, req.params.id)
  const manager = await findManagerByPin(req.scope, req.kiosk.counter_id, req.kiosk.clerk!.id, body.manager_pin)
  if (!manager) {
    // The same answer for a wrong PIN and a locked clerk or manager.
    res.status(403).json({ type: "not_allowed", message: "manager_pin: not approved" })
    return
  }
  const place = await findCounterPlace(req.scope, req.kiosk.counter_id)
  const { result } = await returnKioskSaleWorkflow(req.scope).run({
    input: {
      sale_id: sale.id,
      order_id: sale.order_id as string,
      counter_id: place.id,
      location_id: place.stock_location_id,
      clerk_id: req.kiosk.clerk!.id,
      manager_id: manager.id,
      reason: body.reason,
      refund_method: body.refund_method,
      items: body.items,
    },
  })
  res.status(201).json({
    return: {
      id: result.id,
      sale_id: result.sale_id,
      order_id: result.order_id,
      return_id: result.return_id as string,
      amount: Number(result.amount),
      refund_method: result.refund_method as PaymentMethod,
      reason: result.reason,
      manager_id: result.manager_id,
      items: (result.lines as { list: KioskReturnResponse["return"]["items"] }).list,
      created_at: result.created_at,
    },
  })
}
