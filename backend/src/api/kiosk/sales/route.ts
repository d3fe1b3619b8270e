import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shanghaiRange } from "../../../reporting/shanghai-date"
import { findCounterPlace } from "../../../workflows/kiosk/steps/find-counter"
import { submitKioskSaleWorkflow } from "../../../workflows/kiosk/submit-sale"
import { kioskService, type KioskRequest } from "../kiosk-request"
import { saleView } from "../sale-view"
import { shanghaiToday } from "../today"
import type { KioskDateQueryType, KioskSubmitSaleType } from "../validators"

const WAIT_MS = 30_000

/**
 * Idempotent: a key already booked answers 200 with its sale. A key being booked by a
 * concurrent request (the claim in the database is taken) waits for that order and answers
 * with it, so one key never makes two orders.
 */
export const POST = async (req: KioskRequest<KioskSubmitSaleType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const kiosk = kioskService(req)
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const [existing] = await kiosk.listKioskSales({ idempotency_key: body.idempotency_key })
    if (existing && existing.counter_id !== req.kiosk.counter_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "idempotency_key: used by another counter")
    }
    if (existing?.order_id) {
      res.status(200).json({ sale: saleView(existing) })
      return
    }
    if (!existing) {
      const [clerk] = await kiosk.listClerks({ id: body.clerk_id, counter_id: req.kiosk.counter_id }, { withDeleted: true })
      if (!clerk) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "clerk_id: not a clerk of this counter")
      }
      try {
        const { result } = await submitKioskSaleWorkflow(req.scope).run({
          input: { ...body, sold_at: new Date(body.sold_at), place: await findCounterPlace(req.scope, req.kiosk.counter_id) },
        })
        res.status(201).json({ sale: saleView(result) })
        return
      } catch (e) {
        // Lost the race for the key: the winner's row is there, wait for its order below.
        const [winner] = await kiosk.listKioskSales({ idempotency_key: body.idempotency_key })
        if (!winner) {
          throw e
        }
      }
    }
    if (Date.now() > deadline) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "idempotency_key: this sale is still being booked, submit it again")
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const GET = async (req: KioskRequest, res: MedusaResponse) => {
  const date = (req.validatedQuery as KioskDateQueryType).date ?? shanghaiToday()
  const { start, end } = shanghaiRange(date, date)
  const sales = await kioskService(req).listKioskSales(
    { counter_id: req.kiosk.counter_id, order_id: { $ne: null }, sold_at: { $gte: start, $lt: end } },
    { order: { sold_at: "DESC" }, take: null }
  )
  res.json({ date, sales: sales.map(saleView) })
}
