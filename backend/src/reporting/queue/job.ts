export type LedgerJob = {
  /** the Medusa event that caused the job */
  event: string
  order_id: string
  /** what the event was about: order, return or refund id */
  source_id: string
}

/**
 * One id per fact, so an event delivered again while its job is still queued adds nothing.
 * Redis keys use ":" as separator, which BullMQ ids must avoid.
 */
export const ledgerJobId = (job: LedgerJob) => `${job.event.replace(/\W/g, "_")}-${job.source_id}`
