import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { reportingQueueConfig } from "../../reporting/queue/config"
import { enqueueLedgerJob, ledgerQueue } from "../../reporting/queue/enqueue"
import { startReportingWorker } from "../../reporting/queue/worker"
import { ledgerJobId } from "../../reporting/queue/job"
import { ledgerJobFromEvent } from "../../reporting/queue/job-from-event"
import type { LedgerEvent } from "./create-orders"
import { ProgressBar } from "./progress-bar"

const IN_FLIGHT = 16

async function eachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        await run(items[next++])
      }
    })
  )
}

/**
 * Queues every event's job as the reporting subscriber would, and waits until this run's jobs are
 * through (other processes' jobs in the same queue are not waited for). With Redis a worker
 * started here books them (one already running takes its share); without it they book in-process.
 */
export async function bookEvents(
  container: MedusaContainer,
  events: LedgerEvent[],
  orderIds: string[],
  timeoutMs = 10 * 60_000
): Promise<void> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const config = reportingQueueConfig()
  const worker = config.redisUrl ? startReportingWorker(container, config) : undefined
  const bar = new ProgressBar("booking", events.length)
  const already = await support.bookedSourceCount(orderIds)
  // This run's own jobs: the queue may also hold other processes' jobs, which it must not wait for.
  const mine = new Set<string>()
  try {
    let handed = 0
    await eachLimited(events, IN_FLIGHT, async (event) => {
      // what the reporting subscriber does with the event, keeping the job's id
      const job = await ledgerJobFromEvent(container, event.name, event.data)
      if (job) {
        mine.add(ledgerJobId(job))
        await enqueueLedgerJob(container, job)
      }
      handed++
      if (!worker && handed % 50 === 0) {
        bar.update(handed)
      }
    })
    const deadline = Date.now() + timeoutMs
    // A reduction that adds nothing (a refund of goods already returned) books no entry, so none
    // of this run's jobs left in the queue, not a count of entries, says the worker is done.
    while (worker) {
      const pending = (await ledgerQueue(config).getRanges(["waiting", "active", "delayed"], 0, -1)).filter((id) => mine.has(id)).length
      bar.update(Math.min((await support.bookedSourceCount(orderIds)) - already, events.length))
      if (pending === 0) {
        break
      }
      if (Date.now() > deadline) {
        throw new Error(`the reporting queue still holds ${pending} of this run's jobs after ${timeoutMs / 1000} s`)
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    bar.update(events.length)
  } finally {
    await worker?.close()
  }
}
