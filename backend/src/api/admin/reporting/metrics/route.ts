import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderMetrics } from "../../../../reporting/collect-metrics"

/**
 * The reporting metrics from the backend process, for Prometheus behind operator authentication
 * (a secret API key as basic auth): queue depth and the last reconciliation are the same as the
 * worker shows; job counters count what this process booked in-process. The answer is Prometheus
 * text (its content type from prom-client), not JSON: no response type from @onecounty/contracts.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { contentType, body } = await renderMetrics(req.scope)
  res.setHeader("content-type", contentType)
  res.send(body)
}
