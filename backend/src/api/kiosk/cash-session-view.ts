import type { MedusaContainer } from "@medusajs/framework/types"
import type { InferTypeOf } from "@medusajs/framework/types"
import type { CashSession } from "../../modules/kiosk/models/cash-session"
import { expectedCash } from "../../workflows/kiosk/steps/expected-cash"

type Session = InferTypeOf<typeof CashSession>

/** An open session shows the cash expected now; a closed one what was stored when it closed. */
export async function cashSessionView(container: MedusaContainer, session: Session) {
  const expected = session.closed_at ? session.expected : await expectedCash(container, session, new Date())
  return {
    id: session.id,
    counter_id: session.counter_id,
    opened_by: session.opened_by,
    opened_at: session.opened_at,
    opening_float: session.opening_float,
    closed_by: session.closed_by,
    closed_at: session.closed_at,
    expected,
    expected_cash: expected,
    counted: session.counted,
    discrepancy: session.discrepancy,
    note: session.note,
  }
}
