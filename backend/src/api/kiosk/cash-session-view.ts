import type { MedusaContainer } from "@medusajs/framework/types"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { CashSession as CashSessionAnswer } from "@onecounty/contracts/kiosk"
import { KIOSK_MODULE } from "../../modules/kiosk"
import type { CashSession } from "../../modules/kiosk/models/cash-session"
import type KioskModuleService from "../../modules/kiosk/service"

type Session = InferTypeOf<typeof CashSession>
const fen = (v: number | null) => (v === null ? null : Number(v))

/** An open session shows the cash expected now; a closed one what was stored when it closed. */
export async function cashSessionView(container: MedusaContainer, session: Session): Promise<CashSessionAnswer<Date>> {
  const expected = session.closed_at ? fen(session.expected) : await container.resolve<KioskModuleService>(KIOSK_MODULE).expectedCash(session.id)
  return {
    id: session.id,
    counter_id: session.counter_id,
    opened_by: session.opened_by,
    opened_at: session.opened_at,
    opening_float: Number(session.opening_float),
    closed_by: session.closed_by,
    closed_at: session.closed_at,
    expected,
    expected_cash: expected,
    counted: fen(session.counted),
    discrepancy: fen(session.discrepancy),
    note: session.note,
  }
}
