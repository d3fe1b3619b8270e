import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"
import { reportingMetrics } from "./metrics"
import { reportingQueueConfig } from "./queue/config"
import { ledgerQueue } from "./queue/enqueue"

const STATES = ["waiting", "active", "delayed", "failed", "completed"] as const

/** Refreshes the gauges that are read from Redis and the database, then renders all metrics. */
export async function renderMetrics(container: MedusaContainer): Promise<{ contentType: string; body: string }> {
  const metrics = reportingMetrics()
  const config = reportingQueueConfig()
  if (config.redisUrl) {
    const counts = await ledgerQueue(config).getJobCounts(...STATES)
    STATES.forEach((state) => metrics.depth.set({ state }, counts[state] ?? 0))
  }
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [last] = await support.listReconciliationRuns(
    { status: ["succeeded", "succeeded_with_attention", "failed"] },
    { order: { finished_at: "DESC" }, take: 1 }
  )
  const [, open] = await support.listAndCountLedgerAttentions({ resolved_at: null }, { select: ["id"], take: 1 })
  metrics.attention.set(open)
  if (last?.finished_at) {
    metrics.lastReconciliation.reset()
    metrics.lastReconciliation.set({ status: last.status }, new Date(last.finished_at).getTime() / 1000)
    metrics.lastDifferences.set(last.differences_found)
  }
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }
}
