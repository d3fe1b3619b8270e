import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskRefusal, KioskSaleResponse, KioskSalesResponse } from "@onecounty/contracts/kiosk"
import { saleFingerprint } from "../../../lib/kiosk/sale-fingerprint"
import { shanghaiRange } from "../../../reporting/shanghai-date"
import { recoverKioskSaleWorkflow } from "../../../workflows/kiosk/recover-sale"
import { findCounterPlace } from "../../../workflows/counter/steps/find-counter"
import { interruptedOrder } from "../../../workflows/kiosk/steps/interrupted-order"
import { submitKioskSaleWorkflow } from "../../../workflows/kiosk/submit-sale"
import { kioskService, type KioskRequest } from "../kiosk-request"
import { saleView } from "../sale-view"
import { shanghaiToday } from "../today"
import type { KioskDateQueryType, KioskSubmitSaleType } from "../validators"

const WAIT_MS = 30_000

/**
 * Idempotent: a key already booked answers 200 with its sale; the same key with another sale is
 * refused. A key being booked by a live concurrent request waits for that order; a claim whose
 * process died (its lease ran out) is taken over and booked again, so a sale is never stuck.
 * The seller is the signed-in clerk: a body naming another clerk is refused.
 */
export const POST = async (req: KioskRequest<KioskSubmitSaleType>, res: MedusaResponse<KioskSaleResponse<Date> | KioskRefusal>) => {
  const body = req.validatedBody
  const clerk = req.kiosk.clerk!
  if (body.clerk_id !== undefined && body.clerk_id !== clerk.id) {
    res.status(403).json({ type: "not_allowed", message: "clerk_id: not the signed-in clerk; sign in as the clerk who sold it" })
    return
  }
  const kiosk = kioskService(req)
  const fingerprint = saleFingerprint(body)
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const [existing] = await kiosk.listKioskSales({ idempotency_key: body.idempotency_key })
    // Answered here: Medusa's error handler replaces a conflict's message with a generic one.
    if (existing && existing.counter_id !== req.kiosk.counter_id) {
      res.status(409).json({ type: "conflict", message: "idempotency_key: used by another counter" })
      return
    }
    if (existing?.body_hash && existing.body_hash !== fingerprint) {
      res.status(409).json({ type: "conflict", message: "idempotency_key: already used for a different sale" })
      return
    }
    if (existing?.order_id) {
      res.status(200).json({ sale: saleView(existing) })
      return
    }
    const claimFree = !existing || !existing.claimed_until || new Date(existing.claimed_until).getTime() < Date.now()
    if (claimFree) {
      try {
        const input = {
          ...body,
          clerk_id: clerk.id,
          body_hash: fingerprint,
          sold_at: new Date(body.sold_at),
          place: await findCounterPlace(req.scope, req.kiosk.counter_id),
        }
        // A claim left behind by a dead process may already have made its order: bind that one.
        const order = existing ? await interruptedOrder(req.scope, body.idempotency_key) : null
        const { result } = order
          ? await recoverKioskSaleWorkflow(req.scope).run({ input: { ...input, order } })
          : await submitKioskSaleWorkflow(req.scope).run({ input })
        res.status(201).json({ sale: saleView(result) })
        return
      } catch (e) {
        // Lost the race for the key: the winner's claim is there, wait for its order below.
        const [winner] = await kiosk.listKioskSales({ idempotency_key: body.idempotency_key })
        if (!winner) {
          throw e
        }
      }
    }
    if (Date.now() > deadline) {
      // A retryable answer: the device's queue sends it again later, by when the sale is booked
      // or its claim has run out and can be taken over.
      res.setHeader("retry-after", "30")
      res.status(503).json({ type: "unexpected_state", message: "idempotency_key: this sale is still being booked, submit it again" })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export const GET = async (req: KioskRequest, res: MedusaResponse<KioskSalesResponse<Date>>) => {
  const date = (req.validatedQuery as KioskDateQueryType).date ?? shanghaiToday()
  const { start, end } = shanghaiRange(date, date)
  const sales = await kioskService(req).listKioskSales(
    { counter_id: req.kiosk.counter_id, order_id: { $ne: null }, sold_at: { $gte: start, $lt: end } },
    { order: { sold_at: "DESC" }, take: null }
  )
  res.json({ date, sales: sales.map(saleView) })
}
