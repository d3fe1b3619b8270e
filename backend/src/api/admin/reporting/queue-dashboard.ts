import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBullBoard } from "@bull-board/api"
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter"
import { ExpressAdapter } from "@bull-board/express"
import { reportingQueueConfig } from "../../../reporting/queue/config"
import { ledgerQueue } from "../../../reporting/queue/enqueue"

export const QUEUE_DASHBOARD_PATH = "/admin/reporting/queue"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void
let dashboard: Handler | undefined

/**
 * bull-board for the ledger queue: pending, failed (kept, with their errors) and retries by hand.
 * It sits under /admin, so Medusa's admin authentication guards it; a browser signed in to the
 * admin passes with its session cookie.
 */
export function queueDashboard(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const config = reportingQueueConfig()
  if (!config.redisUrl) {
    res.status(503).json({ message: "The reporting queue is not in use: REDIS_URL is not set" })
    return
  }
  if (!dashboard) {
    const adapter = new ExpressAdapter()
    adapter.setBasePath(QUEUE_DASHBOARD_PATH)
    createBullBoard({ queues: [new BullMQAdapter(ledgerQueue(config))], serverAdapter: adapter })
    dashboard = adapter.getRouter() as Handler
  }
  dashboard(req, res, next)
}
