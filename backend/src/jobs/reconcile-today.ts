import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import { businessDate } from "../reporting/shanghai-date"
import { reconcileLedgerWorkflow } from "../workflows/support/reconcile-ledger"

/**
 * Every hour, check and repair today's Shanghai figures, so a sale the queue lost (Redis emptied,
 * a worker down) shows up within the hour rather than after the nightly run; orders listed for
 * attention are retried with it.
 */
export default async function reconcileLedgerHourly(container: MedusaContainer) {
  const today = businessDate(new Date()).date
  await reconcileLedgerWorkflow(container).run({
    input: { run_id: generateEntityId(undefined, "recon"), trigger: "schedule", from_date: today, to_date: today },
  })
}

export const config = {
  name: "reconcile-ledger-hourly",
  // at 40 past: clear of the nightly run at 02:00
  schedule: "40 * * * *",
}
