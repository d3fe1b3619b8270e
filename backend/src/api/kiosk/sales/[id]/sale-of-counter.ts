import { MedusaError } from "@medusajs/framework/utils"
import { kioskService, type KioskRequest } from "../../kiosk-request"

/** The counter's own booked sale; another counter's sale is not found. */
export async function saleOfCounter(req: KioskRequest, id: string) {
  const [sale] = await kioskService(req).listKioskSales({ id, counter_id: req.kiosk.counter_id, order_id: { $ne: null } })
  if (!sale) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sale ${id} was not found at this counter`)
  }
  return sale
}
