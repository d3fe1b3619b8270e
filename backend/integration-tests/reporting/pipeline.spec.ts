import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { syncOrders } from "../../src/reporting/ledger/sync-orders"
import { recordCaptures } from "../../src/scripts/lib/record-captures"
import { createCatalogue, eventually, orderPaymentId, placeOrder, reportingWorkerForTests, type Catalogue, useOwnReportingQueue } from "./fixtures"

jest.setTimeout(240_000)

useOwnReportingQueue()
process.env.REPORTING_BACKOFF_MS = "200"

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let catalogue: Catalogue

    const { queue, start: startWorkerIn, stop: stopWorker } = reportingWorkerForTests()
    const entries = async (orderId: string) =>
      (
        await db.raw(
          `select kind, line_item_id, quantity, amount_fen::int, year, month, entry_date::text, partner_district,
                  certified, paired, counts_toward_target, channel_kind
           from sales_ledger_entry where order_id = ? order by kind, amount_fen desc`,
          [orderId]
        )
      ).rows
    const tallies = async () =>
      (
        await db.raw(
          `select year, month, county_code, counts_toward_target, sum(sale_fen)::int sale, sum(reduction_fen)::int reduction,
                  sum(quantity)::int quantity from sales_tally group by 1, 2, 3, 4 order by 1, 2, 3, 4`
        )
      ).rows
    const queued = async (count: number) =>
      eventually(async () => {
        const counts = await queue().getJobCounts("waiting", "delayed", "active")
        expect(counts.waiting + counts.delayed + counts.active).toBe(count)
      })
    const drained = () => queued(0)
    const startWorker = () => {
      startWorkerIn(container)
    }

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      catalogue = await createCatalogue(container)
      await queue().obliterate({ force: true })
    })


    it("books an order once though order.placed is delivered three times", async () => {
      const orderId = await placeOrder(
        container,
        catalogue,
        [
          { variant_id: catalogue.certifiedVariant, quantity: 2 },
          { variant_id: catalogue.uncertifiedVariant, quantity: 1 },
        ],
        catalogue.counterChannelId
      )
      const bus = container.resolve(Modules.EVENT_BUS)
      await bus.emit([
        { name: "order.placed", data: { id: orderId } },
        { name: "order.placed", data: { id: orderId } },
      ])
      // order.placed and payment.captured, each once
      await queued(2)
      startWorker()
      await drained()
      // delivered again after the job completed: the ledger key refuses it
      await bus.emit({ name: "order.placed", data: { id: orderId } })
      expect((await syncOrders(container, [orderId])).inserted).toBe(0)
      await drained()

      expect(await entries(orderId)).toEqual([
        expect.objectContaining({ kind: "sale", quantity: 2, amount_fen: 2468, certified: true, paired: true, partner_district: "宝山区", counts_toward_target: true, channel_kind: "counter" }),
        expect.objectContaining({ kind: "sale", quantity: 1, amount_fen: 1234, certified: false, paired: false, partner_district: null, counts_toward_target: false, channel_kind: "counter" }),
      ])
      const year = new Date().getFullYear()
      expect(await tallies()).toEqual([
        expect.objectContaining({ county_code: "653124", counts_toward_target: false, sale: 1234, reduction: 0, quantity: 1 }),
        expect.objectContaining({ county_code: "653125", counts_toward_target: true, sale: 2468, reduction: 0, quantity: 2 }),
      ])
      expect((await tallies())[0].year).toBeGreaterThanOrEqual(year - 1)
    })

    it("books refunds and cancellations as negative entries with the right net", async () => {
      const refunded = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 3 }])
      const canceled = await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 1 }])
      await refundPaymentWorkflow(container).run({ input: { payment_id: await orderPaymentId(container, refunded), amount: 5 } })
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled } })
      startWorker()
      await eventually(async () => expect(await entries(refunded)).toHaveLength(2))
      await eventually(async () => expect(await entries(canceled)).toHaveLength(3))
      await drained()

      expect(await entries(refunded)).toEqual([
        expect.objectContaining({ kind: "refund", quantity: 0, amount_fen: -500, counts_toward_target: true }),
        expect.objectContaining({ kind: "sale", quantity: 3, amount_fen: 3702 }),
      ])
      // cancelling a paid order refunds its payment first: the money goes back as the refund
      expect(await entries(canceled)).toEqual([
        expect.objectContaining({ kind: "cancellation", quantity: -1, amount_fen: 0 }),
        expect.objectContaining({ kind: "refund", quantity: 0, amount_fen: -1234 }),
        expect.objectContaining({ kind: "sale", quantity: 1, amount_fen: 1234 }),
      ])
      const net = (await tallies()).map((t: any) => [t.county_code, t.sale + t.reduction, t.quantity])
      expect(net).toEqual([
        ["653124", 0, 0],
        ["653125", 3202, 3],
      ])
    })

    it("books goods received back through Medusa's return workflows as negative return entries", async () => {
      const orderId = await placeOrder(container, catalogue, [
        { variant_id: catalogue.certifiedVariant, quantity: 3 },
        { variant_id: catalogue.uncertifiedVariant, quantity: 1 },
      ])
      const orders = container.resolve(Modules.ORDER)
      const order = await orders.retrieveOrder(orderId, { relations: ["items"] })
      // the warehouse shipped everything: only fulfilled goods can come back
      await orders.registerFulfillment({ order_id: orderId, items: order.items!.map((i) => ({ id: i.id, quantity: Number(i.quantity) })) })
      const almonds = order.items!.find((i) => i.variant_id === catalogue.certifiedVariant)!
      const back = [{ id: almonds.id, quantity: 2 }]

      await beginReturnOrderWorkflow(container).run({ input: { order_id: orderId } })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [ret] } = await query.graph({ entity: "return", fields: ["id"], filters: { order_id: orderId } })
      await requestItemReturnWorkflow(container).run({ input: { return_id: ret.id, items: back } })
      await confirmReturnRequestWorkflow(container).run({ input: { return_id: ret.id } })
      await beginReceiveReturnWorkflow(container).run({ input: { return_id: ret.id } })
      await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: ret.id, items: back } })
      // emits order.return_received, which the subscriber turns into a job
      await confirmReturnReceiveWorkflow(container).run({ input: { return_id: ret.id } })
      expect((await queue().getJob(`order_return_received-${ret.id}`))?.data).toEqual({
        event: "order.return_received",
        order_id: orderId,
        source_id: ret.id,
      })

      startWorker()
      await eventually(async () => expect(await entries(orderId)).toHaveLength(3))
      await drained()
      expect(await entries(orderId)).toEqual([
        expect.objectContaining({ kind: "return", line_item_id: almonds.id, quantity: -2, amount_fen: -2468, counts_toward_target: true }),
        expect.objectContaining({ kind: "sale", line_item_id: almonds.id, quantity: 3, amount_fen: 3702 }),
        expect.objectContaining({ kind: "sale", quantity: 1, amount_fen: 1234, counts_toward_target: false }),
      ])
      const net = (await tallies()).map((t: any) => [t.county_code, t.sale + t.reduction, t.quantity])
      expect(net).toEqual([
        ["653124", 1234, 1],
        ["653125", 1234, 1],
      ])
    })

    it("dates sales in Asia/Shanghai across the year boundary and counts only paired, certified ones", async () => {
      const [lateDecember, newYear, beforePairing] = [
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }]),
      ]
      await queued(6)
      // paid at 23:30 and 00:30 in Shanghai; 2016 is before the county's pairing began
      const paidAt = (at: string, id: string) => db.raw(`update order_transaction set created_at = ? where order_id = ?`, [at, id])
      await paidAt("2021-12-31T15:30:00Z", lateDecember)
      await paidAt("2021-12-31T16:30:00Z", newYear)
      await paidAt("2016-06-01T04:00:00Z", beforePairing)
      startWorker()
      await drained()

      expect(await entries(lateDecember)).toEqual([expect.objectContaining({ year: 2021, month: 12, entry_date: "2021-12-31", counts_toward_target: true })])
      expect(await entries(newYear)).toEqual([expect.objectContaining({ year: 2022, month: 1, entry_date: "2022-01-01", counts_toward_target: true })])
      expect(await entries(beforePairing)).toEqual([
        expect.objectContaining({ year: 2016, certified: true, paired: false, counts_toward_target: false }),
      ])
    })

    it("counts an online order when its payment is captured, on the capture's Shanghai day; an unpaid cancellation books nothing", async () => {
      const unpaid = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }], undefined, { paid: false })
      const abandoned = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }], undefined, { paid: false })
      await cancelOrderWorkflow(container).run({ input: { order_id: abandoned } })
      // order.placed twice, order.canceled
      await queued(3)
      startWorker()
      await drained()
      expect(await entries(unpaid)).toEqual([])
      expect(await entries(abandoned)).toEqual([])
      await stopWorker()

      // placed on 2 March in Shanghai, its money received on the 3rd
      await db.raw(`update "order" set created_at = ? where id = ?`, ["2026-03-02T10:00:00Z", unpaid])
      await capturePaymentWorkflow(container).run({ input: { payment_id: await orderPaymentId(container, unpaid) } })
      await queued(1)
      await db.raw(`update order_transaction set created_at = ? where order_id = ?`, ["2026-03-02T16:05:00Z", unpaid])
      startWorker()
      await drained()
      expect(await entries(unpaid)).toEqual([
        expect.objectContaining({ kind: "sale", quantity: 2, amount_fen: 2468, entry_date: "2026-03-03", counts_toward_target: true }),
      ])
    })

    it("books an order whatever its metadata says: kiosk.sold_at outside a counter sale is ignored", async () => {
      const [odd] = await container.resolve(Modules.ORDER).createOrders([
        {
          currency_code: "cny",
          region_id: catalogue.regionId,
          sales_channel_id: catalogue.onlineChannelId,
          email: "odd@test.cn",
          metadata: { kiosk: { sold_at: "2019-06-01T00:00:00Z" }, demo_sales: "x" },
          items: [{ title: "odd", quantity: 1, unit_price: 12.34 }],
        },
      ])
      await recordCaptures(container, [{ order_id: odd.id, amount: "12.34", at: new Date("2026-05-05T04:00:00Z") }])
      await container.resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: odd.id } })
      startWorker()
      await eventually(async () => expect(await entries(odd.id)).toEqual([expect.objectContaining({ kind: "sale", entry_date: "2026-05-05", amount_fen: 1234 })]))
    })
  },
})
