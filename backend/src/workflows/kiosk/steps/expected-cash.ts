import type { MedusaContainer } from "@medusajs/framework/types"
import { KIOSK_MODULE } from "../../../modules/kiosk"
import type KioskModuleService from "../../../modules/kiosk/service"

type Session = { counter_id: string; opened_at: Date | string; opening_float: number }

/** Float + cash taken by sales made while the till was open − cash refunded in that time (fen). */
export async function expectedCash(container: MedusaContainer, session: Session, until: Date): Promise<number> {
  const kiosk = container.resolve<KioskModuleService>(KIOSK_MODULE)
  const window = { $gte: new Date(session.opened_at), $lte: until }
  const [sales, returns] = await Promise.all([
    kiosk.listKioskSales({ counter_id: session.counter_id, sold_at: window }, { take: null }),
    kiosk.listKioskReturns({ counter_id: session.counter_id, refund_method: "cash", created_at: window }, { take: null }),
  ])
  const taken = sales
    .filter((s) => s.order_id && (s.payment as { method?: string } | null)?.method === "cash")
    .reduce((sum, s) => sum + Number((s.payment as { amount: number }).amount), 0)
  const refunded = returns.reduce((sum, r) => sum + r.amount, 0)
  return session.opening_float + taken - refunded
}
