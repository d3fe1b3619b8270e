import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Queue } from "bullmq"
import { syncOrders } from "../ledger/sync-orders"
import { bookPartnerKeys } from "../partners/book-partner-keys"
import { isPartnerKey } from "../partners/partner-key"
import { reportingQueueConfig, type ReportingQueueConfig } from "./config"
import { redisConnection } from "./connection"
import { ledgerJobId, type LedgerJob } from "./job"

const queues = new Map<string, Queue<LedgerJob>>()
let warned = false

/** The process's queue for a configuration, opened once. */
export function ledgerQueue(config: ReportingQueueConfig): Queue<LedgerJob> {
  const key = `${config.redisUrl}|${config.prefix}|${config.queueName}`
  let queue = queues.get(key)
  if (!queue) {
    queue = new Queue<LedgerJob>(config.queueName, {
      connection: redisConnection(config.redisUrl as string),
      prefix: config.prefix,
    })
    queues.set(key, queue)
  }
  return queue
}

export async function closeLedgerQueues(): Promise<void> {
  const open = [...queues.values()]
  queues.clear()
  await Promise.all(open.map((q) => q.close()))
}

/**
 * Hands a fact to the reporting worker. Without Redis the ledger is written right here, which
 * is only meant for development: a crash between the order and this call loses the job until
 * the nightly reconciliation.
 */
export async function enqueueLedgerJob(container: MedusaContainer, job: LedgerJob): Promise<void> {
  const config = reportingQueueConfig()
  if (!config.redisUrl) {
    if (!warned) {
      warned = true
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn("Reporting: no REDIS_URL, writing the sales ledger in-process (development only)")
    }
    if (isPartnerKey(job.order_id)) {
      await bookPartnerKeys(container, [job.order_id])
    } else {
      await syncOrders(container, [job.order_id])
    }
    return
  }
  await ledgerQueue(config).add(job.event, job, {
    jobId: ledgerJobId(job),
    attempts: config.attempts,
    backoff: { type: "exponential", delay: config.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    // failed jobs stay for inspection in the dashboard and for retry by hand
    removeOnFail: false,
  })
}
