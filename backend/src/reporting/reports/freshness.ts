import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { reportingQueueConfig } from "../queue/config"
import { ledgerQueue } from "../queue/enqueue"
import type { Freshness } from "@onecounty/contracts/officials"

export type { Freshness }

/** How fresh the officials' figures are: what was booked last, what is still queued, what is stuck. */
export async function freshness(container: MedusaContainer, now = new Date()): Promise<Freshness> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const config = reportingQueueConfig()
  const last = support.lastBookedAt()
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
  const [lastAt, [, attention], q] = await Promise.all([last, open, queued])
  return {
    last_event_at: lastAt?.toISOString() ?? null,
    queue: q
      ? { waiting: q.counts.waiting ?? 0, active: q.counts.active ?? 0, delayed: q.counts.delayed ?? 0, failed: q.counts.failed ?? 0, workers: q.workers }
      : null,
    lag_seconds: q ? (q.oldest ? Math.max(0, Math.round((now.getTime() - q.oldest) / 1000)) : 0) : null,
    attention,
    checked_at: now.toISOString(),
  }
}
