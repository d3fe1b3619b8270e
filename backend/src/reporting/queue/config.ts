export type ReportingQueueConfig = {
  redisUrl: string | undefined
  queueName: string
  prefix: string
  concurrency: number
  batchSize: number
  batchWaitMs: number
  attempts: number
  backoffMs: number
  /** how long a job may run before a crashed worker's job is handed to another */
  lockMs: number
  /** how long the worker reuses a product's county, pairings and certificate, and the counters */
  attributionTtlMs: number
}

const int = (value: string | undefined, fallback: number) => {
  const parsed = Number.parseInt(value ?? "", 10)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

/**
 * Read at call time, not import time, so tests can point a run at its own queue. The reporting
 * queue may use its own Redis (REPORTING_REDIS_URL) and falls back to the application's.
 */
export function reportingQueueConfig(env: NodeJS.ProcessEnv = process.env): ReportingQueueConfig {
  return {
    redisUrl: env.REPORTING_REDIS_URL || env.REDIS_URL || undefined,
    queueName: env.REPORTING_QUEUE || "reporting-ledger",
    prefix: env.REPORTING_PREFIX || "onecounty",
    // jobs in flight at once: twice the batch size keeps one batch loading while another writes
    concurrency: int(env.REPORTING_CONCURRENCY, 400),
    batchSize: int(env.REPORTING_BATCH_SIZE, 200),
    batchWaitMs: int(env.REPORTING_BATCH_WAIT_MS, 25),
    attempts: int(env.REPORTING_ATTEMPTS, 8),
    backoffMs: int(env.REPORTING_BACKOFF_MS, 1000),
    lockMs: int(env.REPORTING_LOCK_MS, 30_000),
    attributionTtlMs: int(env.REPORTING_ATTRIBUTION_TTL_MS, 30_000),
  }
}
