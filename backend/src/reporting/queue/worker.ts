import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Worker } from "bullmq"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { AttributionCache } from "../ledger/attribution-cache"
import { isolateFailures } from "../ledger/isolate-failures"
import { syncOrders } from "../ledger/sync-orders"
import { reportingMetrics } from "../metrics"
import { bookPartnerKeys } from "../partners/book-partner-keys"
import { isPartnerKey } from "../partners/partner-key"
import { Batcher } from "./batcher"
import { reportingQueueConfig, type ReportingQueueConfig } from "./config"
import { redisConnection } from "./connection"
import type { LedgerJob } from "./job"

export type ReportingWorker = { worker: Worker<LedgerJob>; close: () => Promise<void> }

/**
 * Consumes ledger jobs: up to `concurrency` jobs are in flight, and the batcher turns the jobs
 * that arrive together into one load of their orders and one ledger transaction. An order whose
 * data cannot be booked is split out of its batch and listed for attention (its job completes),
 * so the rest are booked at once; a job that keeps failing for other reasons is listed too once
 * its attempts are spent. Listed orders are closed by the retry route and every reconciliation,
 * not here: that would be one more query per batch on the hot path for a list that is nearly
 * always empty.
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
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const batcher = new Batcher(
    async (orderIds) => {
      const missing: string[] = []
      const failed = await isolateFailures(orderIds, async (ids) => {
        const result = await syncOrders(container, ids, cache)
        metrics.entries.inc(result.inserted)
        missing.push(...result.missing)
      })
      if (failed.length) {
        metrics.parked.inc(failed.length)
        failed.forEach((f) => logger.warn(`Reporting: order ${f.order_id} listed for attention: ${f.reason}`))
        await support.parkLedgerOrders(failed, "worker")
      }
      // Not yet visible (the event may outrun a replica) or deleted: retried with backoff.
      return new Map(missing.map((id) => [id, new Error(`order ${id} not found`)]))
    },
    config.batchSize,
    config.batchWaitMs
  )
  // A partner job is a whole submission (up to 5,000 lines) or a decided code: a batch of its own.
  const bookPartner = async (key: string) => {
    const result = await bookPartnerKeys(container, [key], cache)
    metrics.entries.inc(result.inserted)
    if (result.failed.length) {
      metrics.parked.inc(result.failed.length)
      result.failed.forEach((f) => logger.warn(`Reporting: partner reference ${f.order_id} listed for attention: ${f.reason}`))
      await support.parkLedgerOrders(result.failed, "worker")
    }
  }
  const worker = new Worker<LedgerJob>(
    config.queueName,
    (job) => (isPartnerKey(job.data.order_id) ? bookPartner(job.data.order_id) : batcher.add(job.data.order_id)),
    {
    connection: redisConnection(config.redisUrl),
    prefix: config.prefix,
    concurrency: config.concurrency,
    // A worker killed mid-batch leaves its jobs active; once their lock lapses the stalled-job
    // check puts them back in the queue for the next worker.
    lockDuration: config.lockMs,
    stalledInterval: config.lockMs,
    }
  )
  worker.on("completed", (job) => {
    metrics.processed.inc()
    metrics.lag.observe((Date.now() - job.timestamp) / 1000)
  })
  worker.on("failed", (job, error) => {
    metrics.failed.inc()
    logger.warn(`Reporting job ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`)
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      void support
        .parkLedgerOrders([{ order_id: job.data.order_id, reason: `gave up after ${job.attemptsMade} attempts: ${error.message}` }], "worker")
        .catch((e) => logger.error(`Reporting: could not list order ${job.data.order_id} for attention: ${e.message}`))
    }
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
