import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { reportingQueueConfig } from "../queue/config"
import { ledgerQueue } from "../queue/enqueue"
import type { Freshness } from "@onecounty/contracts/officials"

export type { Freshness }

/** How fresh the officials' figures are: what was booked last, what is still queued, what is stuck. */
export async function freshness(container: MedusaContainer, now = new Date()): Promise<Freshness> {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const config = reportingQueueConfig()
  // Both halves walk the entry_date index from its end rather than the whole ledger.
  const last = db.raw(
    `select max(occurred_at) as at from sales_ledger_entry
      where entry_date = (select max(entry_date) from sales_ledger_entry)`
  )
  const open = support.listAndCountLedgerAttentions({ resolved_at: null }, { select: ["id"], take: 1 })
  const queued = config.redisUrl
    ? (async () => {
        const queue = ledgerQueue(config)
        const [counts, oldest, workers] = await Promise.all([
          queue.getJobCounts("waiting", "active", "delayed", "failed"),
          queue.getJobs(["waiting", "active"], 0, 0, true),
          queue.getWorkers(),
        ])
        return { counts, oldest: oldest[0]?.timestamp ?? null, workers: workers.length }
      })()
    : Promise.resolve(null)
  const [{ rows }, [, attention], q] = await Promise.all([last, open, queued])
  return {
    last_event_at: rows[0]?.at ? new Date(rows[0].at).toISOString() : null,
    queue: q
      ? { waiting: q.counts.waiting ?? 0, active: q.counts.active ?? 0, delayed: q.counts.delayed ?? 0, failed: q.counts.failed ?? 0, workers: q.workers }
      : null,
    lag_seconds: q ? (q.oldest ? Math.max(0, Math.round((now.getTime() - q.oldest) / 1000)) : 0) : null,
    attention,
    checked_at: now.toISOString(),
  }
}
