import type { MedusaResponse } from "@medusajs/framework/http"
import type { KioskSummaryResponse } from "@onecounty/contracts/kiosk"
import { PAYMENT_METHODS, type PaymentMethod } from "../../../modules/kiosk/constants"
import { shanghaiRange } from "../../../reporting/shanghai-date"
import { cashSessionView } from "../cash-session-view"
import { kioskService, type KioskRequest } from "../kiosk-request"
import { shanghaiToday } from "../today"
import type { KioskDateQueryType } from "../validators"

/** The counter's Shanghai day: sales by their sale time, refunds by when they were made (fen). */
export const GET = async (req: KioskRequest, res: MedusaResponse<KioskSummaryResponse<Date>>) => {
  const date = (req.validatedQuery as KioskDateQueryType).date ?? shanghaiToday()
  const { start, end } = shanghaiRange(date, date)
  const kiosk = kioskService(req)
  const counter_id = req.kiosk.counter_id
  const [sales, returns, sessions] = await Promise.all([
    kiosk.listKioskSales({ counter_id, order_id: { $ne: null }, sold_at: { $gte: start, $lt: end } }, { take: null }),
    kiosk.listKioskReturns({ counter_id, return_id: { $ne: null }, created_at: { $gte: start, $lt: end } }, { take: null }),
    kiosk.listCashSessions({ counter_id, opened_at: { $gte: start, $lt: end } }, { order: { opened_at: "ASC" }, take: null }),
  ])
  const by_method = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, 0])) as Record<PaymentMethod, number>
  let items = 0
  for (const sale of sales) {
    const payment = sale.payment as { method: PaymentMethod; amount: number }
    by_method[payment.method] += payment.amount
    items += ((sale.lines as { list: { quantity: number }[] }).list ?? []).reduce((sum, l) => sum + l.quantity, 0)
  }
  for (const r of returns) {
    by_method[r.refund_method as PaymentMethod] -= Number(r.amount)
  }
  const gross = sales.reduce((sum, s) => sum + Number(s.total), 0)
  const refunds = returns.reduce((sum, r) => sum + Number(r.amount), 0)
  res.json({
    date,
    orders: sales.length,
    items,
    gross,
    refunds,
    net: gross - refunds,
    by_method,
    flagged: sales.filter((s) => s.flagged).length,
    cash_sessions: await Promise.all(sessions.map((s) => cashSessionView(req.scope, s))),
  })
}
