import { Counter, Gauge, Histogram, Registry } from "prom-client"

export type ReportingMetrics = ReturnType<typeof createMetrics>

function createMetrics() {
  const registry = new Registry()
  return {
    registry,
    processed: new Counter({
      name: "reporting_jobs_processed_total",
      help: "Ledger jobs completed",
      registers: [registry],
    }),
    failed: new Counter({
      name: "reporting_jobs_failed_total",
      help: "Ledger job attempts that failed",
      registers: [registry],
    }),
    entries: new Counter({
      name: "reporting_ledger_entries_inserted_total",
      help: "Ledger entries inserted (replays insert none)",
      registers: [registry],
    }),
    parked: new Counter({
      name: "reporting_orders_parked_total",
      help: "Orders the worker could not book and listed for attention",
      registers: [registry],
    }),
    lag: new Histogram({
      name: "reporting_job_lag_seconds",
      help: "From enqueue to ledger commit",
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
      registers: [registry],
    }),
    depth: new Gauge({
      name: "reporting_queue_jobs",
      help: "Ledger jobs in the queue by state",
      labelNames: ["state"],
      registers: [registry],
    }),
    attention: new Gauge({
      name: "reporting_orders_attention",
      help: "Orders listed for attention: the ledger could not book them",
      registers: [registry],
    }),
    lastReconciliation: new Gauge({
      name: "reporting_last_reconciliation_timestamp_seconds",
      help: "When the last reconciliation run finished",
      labelNames: ["status"],
      registers: [registry],
    }),
    lastDifferences: new Gauge({
      name: "reporting_last_reconciliation_differences",
      help: "Differences found by the last finished reconciliation run",
      registers: [registry],
    }),
  }
}

let metrics: ReportingMetrics | undefined

/** One set per process, so the worker and the server each report their own. */
export function reportingMetrics(): ReportingMetrics {
  metrics ??= createMetrics()
  return metrics
}
