import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskSaleDetailResponse, PaymentMethod } from "@onecounty/contracts/kiosk"
import { kioskService, type KioskRequest } from "../../kiosk-request"
import { saleView } from "../../sale-view"
import { saleOfCounter } from "./sale-of-counter"

export const GET = async (req: KioskRequest, res: MedusaResponse<KioskSaleDetailResponse<Date>>) => {
  const sale = await saleOfCounter(req, req.params.id)
  const returns = await kioskService(req).listKioskReturns({ sale_id: sale.id, return_id: { $ne: null } }, { order: { created_at: "ASC" } })
  res.json({
    sale: {
      ...saleView(sale),
      returns: returns.map((r) => ({ id: r.id, amount: Number(r.amount), refund_method: r.refund_method as PaymentMethod, reason: r.reason, created_at: r.created_at })),
    },
  })
}
