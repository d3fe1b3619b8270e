import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId } from "@medusajs/framework/utils"
import { serveMetrics } from "../../src/reporting/metrics-server"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { startReportingWorker } from "../../src/reporting/queue/worker"
import { businessDate } from "../../src/reporting/shanghai-date"
import { reconcileLedgerWorkflow } from "../../src/workflows/support/reconcile-ledger"
import { adminHeaders } from "../helpers/actors"
import { createCatalogue, eventually, placeOrder, useOwnReportingQueue } from "./fixtures"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

const run = useOwnReportingQueue()


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    afterAll(async () => {
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    it("serves the queue dashboard to signed-in operators only", async () => {
      expect((await settle(api.get("/admin/reporting/queue"))).status).toBe(401)
      const admin = await adminHeaders(container)
      const page = await api.get("/admin/reporting/queue", admin)
      expect(page.status).toBe(200)
      expect(page.headers["content-type"]).toMatch(/text\/html/)
      const queues = await api.get("/admin/reporting/queue/api/queues", admin)
      expect(queues.data.queues.map((q: { name: string }) => q.name)).toEqual([`${run}-ledger`])
    })

    it("exposes depth, processed, lag and the last reconciliation to Prometheus", async () => {
      const metrics = await serveMetrics(container, 0)
      const scrape = async () => (await fetch(`http://127.0.0.1:${metrics.port}/metrics`)).text()
      try {
        const catalogue = await createCatalogue(container)
        // order.placed and payment.captured
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
        await eventually(async () => expect(await scrape()).toMatch(/reporting_queue_jobs\{state="waiting"\} 2/))

        const worker = startReportingWorker(container)
        await eventually(async () => expect(await scrape()).toMatch(/reporting_jobs_processed_total 2/))
        await worker.close()
        const text = await scrape()
        expect(text).toMatch(/reporting_queue_jobs\{state="waiting"\} 0/)
        expect(text).toMatch(/reporting_ledger_entries_inserted_total 1/)
        expect(text).toMatch(/reporting_job_lag_seconds_count 2/)
        expect(text).toMatch(/reporting_jobs_failed_total 0/)
        expect(text).toMatch(/reporting_orders_parked_total 0/)

        const day = businessDate(new Date()).date
        await reconcileLedgerWorkflow(container).run({
          input: { run_id: generateEntityId(undefined, "recon"), trigger: "admin", from_date: day, to_date: day },
        })
        const after = await scrape()
        expect(after).toMatch(/reporting_last_reconciliation_timestamp_seconds\{status="succeeded"\} \d+/)
        expect(after).toMatch(/reporting_last_reconciliation_differences 0/)
      } finally {
        await metrics.close()
      }
    })

    it("serves the same metrics from the backend to operators", async () => {
      expect((await settle(api.get("/admin/reporting/metrics"))).status).toBe(401)
      const catalogue = await createCatalogue(container)
      await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
      const admin = await adminHeaders(container)
      await eventually(async () => {
        const res = await api.get("/admin/reporting/metrics", admin)
        expect(res.headers["content-type"]).toMatch(/text\/plain/)
        expect(res.data).toMatch(/reporting_queue_jobs\{state="waiting"\} 2/)
      })
    })
  },
})
