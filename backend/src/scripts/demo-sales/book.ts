import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { reportingQueueConfig } from "../../reporting/queue/config"
import { ledgerQueue } from "../../reporting/queue/enqueue"
import { startReportingWorker } from "../../reporting/queue/worker"
import reportingLedger from "../../subscribers/reporting-ledger"
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

async function bookedSources(db: Knex, orderIds: string[]): Promise<number> {
  const { rows } = await db.raw(
    `select count(distinct (kind, source_id))::int as n from sales_ledger_entry where order_id = any(?)`,
    [orderIds]
  )
  return rows[0].n
}

/**
 * Hands every event to the reporting subscriber, as Medusa's event bus would, and waits until the
 * ledger holds them. With Redis the subscriber queues jobs and a worker started here books them
 * (one already running takes its share); without it the subscriber books in-process.
 */
export async function bookEvents(
  container: MedusaContainer,
  events: LedgerEvent[],
  orderIds: string[],
  timeoutMs = 10 * 60_000
): Promise<void> {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const config = reportingQueueConfig()
  const worker = config.redisUrl ? startReportingWorker(container, config) : undefined
  const bar = new ProgressBar("booking", events.length)
  const already = await bookedSources(db, orderIds)
  try {
    let handed = 0
    await eachLimited(events, IN_FLIGHT, async (event) => {
      await reportingLedger({ event, container } as never)
      handed++
      if (!worker && handed % 50 === 0) {
        bar.update(handed)
      }
    })
    const deadline = Date.now() + timeoutMs
    // A reduction that adds nothing (a refund of goods already returned) books no entry, so the
    // queue running dry, not a count of entries, says the worker is done.
    while (worker) {
      const counts = await ledgerQueue(config).getJobCounts("waiting", "active", "delayed")
      bar.update(Math.min((await bookedSources(db, orderIds)) - already, events.length))
      if (counts.waiting + counts.active + counts.delayed === 0) {
        break
      }
      if (Date.now() > deadline) {
        throw new Error(`the reporting queue still holds ${counts.waiting + counts.active + counts.delayed} jobs after ${timeoutMs / 1000} s`)
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    bar.update(events.length)
  } finally {
    await worker?.close()
  }
}
