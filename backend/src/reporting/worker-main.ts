import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { serveMetrics } from "./metrics-server"
import { startReportingWorker } from "./queue/worker"

/**
 * `npm run worker`: the reporting worker as its own process. It boots Medusa's container through
 * `medusa exec` — no HTTP server, subscribers or scheduled jobs — because reading an order needs
 * the order module's computed totals and the cross-module links to county, certificate and
 * counter, which plain SQL would have to re-implement.
 */
export default async function reportingWorker({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const running = startReportingWorker(container)
  const metrics = await serveMetrics(container, Number(process.env.REPORTING_METRICS_PORT || 9464))
  logger.info(`Reporting worker consuming ${running.worker.name}; metrics on :${metrics.port}/metrics`)
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve)
    process.once("SIGINT", resolve)
  })
  logger.info("Reporting worker stopping after the jobs in hand")
  await running.close()
  await metrics.close()
}
