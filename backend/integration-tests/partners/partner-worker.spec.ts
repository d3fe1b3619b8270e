// Partner lines are booked by the reporting worker from its BullMQ queue on Redis, as in
// production: the request only stores them and queues one job per submission; nothing reaches
// the ledger until a worker takes the job; a mapped code's lines are booked by a job of their own.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue, eventually, reportingWorkerForTests, useOwnReportingQueue } from "../reporting/fixtures"
import { giveBarcodes, lianhuaSale, registerLianhua, signed, UNKNOWN_BARCODE, WALNUT_BARCODE, type Line, type PartnerKey } from "./fixtures"

jest.setTimeout(240_000)

// A queue of this run's own on the Redis at REPORTING_REDIS_URL (127.0.0.1:6379 by default).
useOwnReportingQueue()
delete process.env.REDIS_URL

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let admin: Headers
    let partnerId: string
    let key: PartnerKey
    let products: { almondProduct: string; walnutProduct: string }

    const { queue, start: startWorkerIn } = reportingWorkerForTests()
    const send = (lines: Line[]) => {
      const body = JSON.stringify({ lines })
      return settle(api.post("/partners/sales", body, { headers: { "content-type": "application/json", ...signed(key, body) } }))
    }
    const ledger = async () =>
      (
        await db.raw(
          `select kind, order_id, entry_date::text, sale_date::text, channel_id, quantity, amount_fen::int
           from sales_ledger_entry where channel_kind = 'partner' order by order_id, source_id`
        )
      ).rows
    const tallied = async () =>
      Number((await db.raw(`select coalesce(sum(sale_fen + reduction_fen), 0)::bigint as n from sales_tally where channel_kind = 'partner'`)).rows[0].n)
    const jobs = async () => {
      const counts = await queue().getJobCounts("waiting", "delayed", "active", "completed", "failed")
      return { queued: counts.waiting + counts.delayed + counts.active, completed: counts.completed, failed: counts.failed }
    }

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await queue().obliterate({ force: true })
      products = await giveBarcodes(container, await createCatalogue(container))
      admin = await adminHeaders(container)
      ;({ partnerId, key } = await registerLianhua(api, admin))
    })


    it("queues a submission's booking and books it only when the worker takes the job; a resend queues nothing", async () => {
      const lines = [
        lianhuaSale("R1", 1),
        lianhuaSale("R1", 2, { barcode: WALNUT_BARCODE, quantity: 1, amount_fen: 1500 }),
        // a return three days later under the sale's reference
        lianhuaSale("R1", 3, { sold_at: "2026-03-11T09:00:00+08:00", quantity: -1, amount_fen: -1990 }),
        lianhuaSale("R2", 1, { barcode: UNKNOWN_BARCODE, sold_at: "2026-01-15T20:00:00+08:00", quantity: 1, amount_fen: 999 }),
      ]
      const res = await send(lines)
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ received: 4, new: 4, duplicates: 0, waiting_for_mapping: 1 })
      // stored and queued, not booked: no worker runs yet
      expect(await jobs()).toEqual({ queued: 1, completed: 0, failed: 0 })
      const [job] = await queue().getJobs(["waiting"])
      expect(job.data).toEqual({
        event: "partner.sales_received",
        order_id: `partner-submission:${res.data.submission_id}`,
        source_id: res.data.submission_id,
      })
      expect(await ledger()).toEqual([])

      startWorkerIn(container)
      const booked = await eventually(async () => {
        const rows = await ledger()
        expect(rows).toHaveLength(3)
        return rows
      })
      const order = `partner:${partnerId}:R1`
      expect(booked).toEqual([
        { kind: "sale", order_id: order, entry_date: "2026-03-08", sale_date: "2026-03-08", channel_id: partnerId, quantity: 2, amount_fen: 3980 },
        { kind: "sale", order_id: order, entry_date: "2026-03-08", sale_date: "2026-03-08", channel_id: partnerId, quantity: 1, amount_fen: 1500 },
        { kind: "return", order_id: order, entry_date: "2026-03-11", sale_date: "2026-03-08", channel_id: partnerId, quantity: -1, amount_fen: -1990 },
      ])
      expect(await tallied()).toBe(3980 + 1500 - 1990)
      await eventually(async () => expect(await jobs()).toEqual({ queued: 0, completed: 1, failed: 0 }))

      // the same request again: nothing new stored, so nothing queued and nothing booked twice
      const again = await send(lines)
      expect(again.data).toMatchObject({ new: 0, duplicates: 4 })
      expect(await jobs()).toEqual({ queued: 0, completed: 1, failed: 0 })
      expect(await ledger()).toHaveLength(3)

      // mapping the unknown barcode queues its lines' booking; the worker books them on their own day
      const [code] = (await api.get(`/admin/partner-codes`, admin)).data.codes
      expect(code).toMatchObject({ code: UNKNOWN_BARCODE, status: "waiting", lines_waiting: 1 })
      const mapped = await api.post(`/admin/partner-codes/${code.id}`, { status: "mapped", product_id: products.walnutProduct }, admin)
      expect(mapped.data.queued_lines).toBe(1)
      const withMapped = await eventually(async () => {
        const rows = await ledger()
        expect(rows).toHaveLength(4)
        return rows
      })
      expect(withMapped[3]).toEqual({
        kind: "sale",
        order_id: `partner:${partnerId}:R2`,
        entry_date: "2026-01-15",
        sale_date: "2026-01-15",
        channel_id: partnerId,
        quantity: 1,
        amount_fen: 999,
      })
      expect(await tallied()).toBe(3980 + 1500 - 1990 + 999)
      await eventually(async () => expect(await jobs()).toEqual({ queued: 0, completed: 2, failed: 0 }))
    })
  },
})
