import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LEDGER_EVENTS, ledgerJobFromEvent } from "../reporting/queue/job-from-event"
import { enqueueLedgerJob } from "../reporting/queue/enqueue"

type Data = { id?: string; order_id?: string; return_id?: string }

/** Sales, cancellations, returns and refunds go to the reporting queue; the worker books them. */
export default async function reportingLedger({ event, container }: SubscriberArgs<Data>) {
  const job = await ledgerJobFromEvent(container, event.name, event.data)
  if (job) {
    await enqueueLedgerJob(container, job)
  }
}

export const config: SubscriberConfig = {
  event: [...LEDGER_EVENTS],
  context: { subscriberId: "reporting-ledger" },
}
