import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import { dailyCronAtShanghai, shanghaiYesterday } from "../reporting/shanghai-date"
import { reconcileLedgerWorkflow } from "../workflows/support/reconcile-ledger"

/** Every night at 02:00 in Shanghai, check and repair the previous Shanghai day's ledger. */
export default async function reconcileLedgerNightly(container: MedusaContainer) {
  const day = shanghaiYesterday()
  await reconcileLedgerWorkflow(container).run({
    input: { run_id: generateEntityId(undefined, "recon"), trigger: "schedule", from_date: day, to_date: day },
  })
}

export const config = {
  name: "reconcile-ledger-nightly",
  schedule: dailyCronAtShanghai(2),
}
