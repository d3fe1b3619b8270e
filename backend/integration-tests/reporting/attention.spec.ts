import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { businessDate } from "../../src/reporting/shanghai-date"
import { recordCaptures } from "../../src/scripts/lib/record-captures"
import { reconcileLedgerWorkflow } from "../../src/workflows/support/reconcile-ledger"
import { adminHeaders, officialHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue, createOrdersInBulk, eventually, orderPaymentId, placeOrder, reportingWorkerForTests, useOwnReportingQueue, type Catalogue } from "./fixtures"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

jest.setTimeout(240_000)

useOwnReportingQueue()
process.env.REPORTING_BACKOFF_MS = "200"

/** An order whose price no ledger column can hold: 10^17 yuan is 10^19 fen, past bigint. */
async function poisonOrder(container: MedusaContainer, catalogue: Catalogue): Promise<string> {
  const [order] = await container.resolve(Modules.ORDER).createOrders([
    {
      currency_code: "cny",
      region_id: catalogue.regionId,
      sales_channel_id: catalogue.onlineChannelId,
      email: "huge@test.cn",
      items: [{ title: "huge", quantity: 1, unit_price: "100000000000000000" }],
    },
  ])
  await recordCaptures(container, [{ order_id: order.id, amount: "1" }])
  return order.id
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let support: SupportModuleService
    const { queue, start: startWorkerIn } = reportingWorkerForTests()
    const booked = async (ids: string[]) =>
      (await db.raw(`select count(distinct order_id)::int n from sales_ledger_entry where order_id = any(?)`, [ids])).rows[0].n

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      support = container.resolve(SUPPORT_MODULE)
      await queue().obliterate({ force: true })
    })


    it("parks an order that cannot be booked and books the rest of its batch at once; an operator's fix books it", async () => {
      const catalogue = await createCatalogue(container)
      const { ids: good } = await createOrdersInBulk(container, catalogue, 30)
      const poison = await poisonOrder(container, catalogue)
      const bus = container.resolve(Modules.EVENT_BUS)
      // all in one batch: the poison sits in the middle
      const all = [...good.slice(0, 15), poison, ...good.slice(15)]
      await bus.emit(all.map((id) => ({ name: "order.placed", data: { id } })))
      await eventually(async () => expect((await queue().getJobCounts("waiting")).waiting).toBe(31))

      const started = Date.now()
      startWorkerIn(container)
      await eventually(async () => expect(await booked(good)).toBe(30), 10_000)
      const elapsed = Date.now() - started
      expect(elapsed).toBeLessThan(10_000)
      await eventually(async () => {
        const counts = await queue().getJobCounts("waiting", "active", "delayed", "failed")
        expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 })
      })
      expect(await booked([poison])).toBe(0)
      const [parked] = await support.listLedgerAttentions({ order_id: poison })
      expect(parked).toMatchObject({ source: "worker", resolved_at: null })
      expect(parked.reason).toMatch(/too large|out of range/)

      // operators see it, anonymous callers do not
      expect((await settle(api.get("/admin/reporting/attention"))).status).toBe(401)
      const admin = await adminHeaders(container)
      const listed = await api.get("/admin/reporting/attention", admin)
      expect(listed.data.count).toBe(1)
      expect(listed.data.attention[0]).toMatchObject({ order_id: poison })
      expect((await settle(api.post("/admin/reporting/attention/retry", { order_ids: "x" }, admin))).data.message).toMatch(/order_ids/)

      // the day's reconciliation repairs what it can, lists the order and says so
      const day = businessDate(new Date()).date
      await db.raw(`delete from sales_ledger_entry where order_id = ?`, [good[0]])
      const { result: run } = await reconcileLedgerWorkflow(container).run({
        input: { run_id: generateEntityId(undefined, "recon"), trigger: "admin", from_date: day, to_date: day },
      })
      expect(run).toMatchObject({ status: "succeeded_with_attention", attention: 1 })
      expect(await booked(good)).toBe(30)
      expect((await support.listLedgerAttentions({ order_id: poison }))[0]).toMatchObject({ source: "reconciliation", run_id: run.id })

      // an operator corrects the price; the retry books it and closes the entry
      await db.raw(`update order_line_item set unit_price = 12.34, raw_unit_price = '{"value":"12.34","precision":20}' where title = 'huge'`)
      const retried = await api.post("/admin/reporting/attention/retry", { order_ids: [poison] }, admin)
      expect(retried.data).toEqual({ booked: [poison], still_failing: [] })
      expect(await booked([poison])).toBe(1)
      expect((await api.get("/admin/reporting/attention", admin)).data.count).toBe(0)
    })

    it("shows officials placed-but-unpaid orders as awaiting payment, outside actual, until their money is received", async () => {
      const catalogue = await createCatalogue(container)
      const unpaid = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 3 }], undefined, { paid: false })
      const paid = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
      startWorkerIn(container)
      await eventually(async () => expect(await booked([paid])).toBe(1))
      const official = await officialHeaders(api, container, { email: "awaiting@gov.test", district: "宝山区" })
      const year = businessDate(new Date()).year
      const report = (query: string) => api.get(`/officials/reports/${query}`, official)

      expect((await report(`progress?year=${year}`)).data.progress[0]).toMatchObject({ actual_fen: 1234 })
      const counted = await report(`orders?year=${year}`)
      expect(counted.data.orders.map((o: { order_id: string }) => o.order_id)).toEqual([paid])
      const awaiting = await report(`orders?year=${year}&payment=awaiting&county=653125`)
      expect(awaiting.data.count).toBe(1)
      expect(awaiting.data.orders[0]).toMatchObject({ order_id: unpaid, gross_fen: 3702, counted_fen: 0, awaiting_payment: true })
      // another county: nothing awaiting there
      expect((await report(`orders?year=${year}&payment=awaiting&county=653124`)).data.count).toBe(0)
      expect((await settle(report(`orders?year=${year}&payment=later`))).data.message).toMatch(/payment/)

      await capturePaymentWorkflow(container).run({ input: { payment_id: await orderPaymentId(container, unpaid) } })
      await eventually(async () => expect((await report(`progress?year=${year}`)).data.progress[0]).toMatchObject({ actual_fen: 1234 + 3702 }))
      expect((await report(`orders?year=${year}&payment=awaiting`)).data.count).toBe(0)
    })
  },
})
