import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Worker } from "bullmq"
import { AttributionCache } from "../ledger/attribution-cache"
import { syncOrders } from "../ledger/sync-orders"
import { reportingMetrics } from "../metrics"
import { Batcher } from "./batcher"
import { reportingQueueConfig, type ReportingQueueConfig } from "./config"
import { redisConnection } from "./connection"
import type { LedgerJob } from "./job"

export type ReportingWorker = { worker: Worker<LedgerJob>; close: () => Promise<void> }

/**
 * Consumes ledger jobs: up to `concurrency` jobs are in flight, and the batcher turns the jobs
 * that arrive together into one load of their orders and one ledger transaction.
 */
export function startReportingWorker(
  container: MedusaContainer,
  config: ReportingQueueConfig = reportingQueueConfig()
): ReportingWorker {
  if (!config.redisUrl) {
    throw new Error("The reporting worker needs REDIS_URL or REPORTING_REDIS_URL")
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const metrics = reportingMetrics()
  const cache = new AttributionCache(config.attributionTtlMs)
  const batcher = new Batcher(
    async (orderIds) => {
      const { inserted, missing } = await syncOrders(container, orderIds, cache)
      metrics.entries.inc(inserted)
      // Not yet visible (the event may outrun a replica) or deleted: retried with backoff.
      return new Map(missing.map((id) => [id, new Error(`order ${id} not found`)]))
    },
    config.batchSize,
    config.batchWaitMs
  )
  const worker = new Worker<LedgerJob>(config.queueName, (job) => batcher.add(job.data.order_id), {
    connection: redisConnection(config.redisUrl),
    prefix: config.prefix,
    concurrency: config.concurrency,
    // A worker killed mid-batch leaves its jobs active; once their lock lapses the stalled-job
    // check puts them back in the queue for the next worker.
    lockDuration: config.lockMs,
    stalledInterval: config.lockMs,
  })
  worker.on("completed", (job) => {
    metrics.processed.inc()
    metrics.lag.observe((Date.now() - job.timestamp) / 1000)
  })
  worker.on("failed", (job, error) => {
    metrics.failed.inc()
    logger.warn(`Reporting job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`)
  })
  worker.on("error", (error) => logger.error(`Reporting worker: ${error.message}`))
  return {
    worker,
    close: async () => {
      await batcher.flush()
      await worker.close()
    },
  }
}
