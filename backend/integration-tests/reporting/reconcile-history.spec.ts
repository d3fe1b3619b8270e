// Reconciliation beyond a same-day sale: refund, return and cancellation entries and orders placed
// days before are damaged and repaired exactly, ledger and tallies; and the nightly job's own code
// checks "yesterday in Shanghai", whose orders straddle a UTC midnight, and nothing else.
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
import reconcileLedgerNightly from "../../src/jobs/reconcile-ledger"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { syncOrders } from "../../src/reporting/ledger/sync-orders"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { businessDate } from "../../src/reporting/shanghai-date"
import { adminHeaders } from "../helpers/actors"
import { createCatalogue, placeOrder, reconcileViaApi, type Catalogue, useOwnReportingQueue } from "./fixtures"
import { ledgerSnapshot, tallySnapshot } from "./snapshots"

jest.setTimeout(240_000)

useOwnReportingQueue()

const DAY = 86_400_000
/** An instant given as a Shanghai wall-clock time (UTC+8 all year). */
const shanghai = (date: string, time: string) => new Date(`${date}T${time}+08:00`)
const dayOf = (at: Date) => businessDate(at).date
const daysBefore = (date: string, n: number) => dayOf(new Date(shanghai(date, "12:00:00").getTime() - n * DAY))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let catalogue: Catalogue
    let admin: { headers: Record<string, string> }
    const today = () => dayOf(new Date())

    const paymentOf = async (orderId: string) => {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at"],
        filters: { id: orderId },
      })
      return data[0].payment_collections![0]!.payments![0]!
    }
    /** An online order, its money captured (once: placeOrder may already have captured it). */
    const paidOrder = async (items: { variant_id: string; quantity: number }[]) => {
      const id = await placeOrder(container, catalogue, items)
      const payment = await paymentOf(id)
      if (!payment.captured_at) {
        await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
      }
      return id
    }
    /** Moves an order's placing and payment to `at`, as if it had happened then. */
    const backdate = async (orderId: string, at: Date) => {
      await db.raw(`update "order" set created_at = ? where id = ?`, [at, orderId])
      await db.raw(`update order_transaction set created_at = ? where order_id = ? and reference = 'capture'`, [at, orderId])
      await db.raw(
        `update payment set captured_at = ? where payment_collection_id in
           (select payment_collection_id from order_payment_collection where order_id = ?)`,
        [at, orderId]
      )
    }
    const returnGoods = async (orderId: string, variantId: string, quantity: number) => {
      const orders = container.resolve(Modules.ORDER)
      const order = await orders.retrieveOrder(orderId, { relations: ["items"] })
      await orders.registerFulfillment({ order_id: orderId, items: order.items!.map((i) => ({ id: i.id, quantity: Number(i.quantity) })) })
      const back = [{ id: order.items!.find((i) => i.variant_id === variantId)!.id, quantity }]
      await beginReturnOrderWorkflow(container).run({ input: { order_id: orderId } })
      const { data: [ret] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "return", fields: ["id"], filters: { order_id: orderId } })
      await requestItemReturnWorkflow(container).run({ input: { return_id: ret.id, items: back } })
      await confirmReturnRequestWorkflow(container).run({ input: { return_id: ret.id } })
      await beginReceiveReturnWorkflow(container).run({ input: { return_id: ret.id } })
      await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: ret.id, items: back } })
      await confirmReturnReceiveWorkflow(container).run({ input: { return_id: ret.id } })
    }
    const entry = async (orderId: string, kind: string) => {
      // dates as the ledger's writers give them (yyyy-mm-dd text), not as pg parses a date column
      const [row] = (
        await db.raw(
          `select e.*, e.entry_date::text as entry_date, e.sale_date::text as sale_date from sales_ledger_entry e where order_id = ? and kind = ?`,
          [orderId, kind]
        )
      ).rows
      expect(row).toBeDefined()
      return row
    }
    const reconcile = (from: string, to: string) => reconcileViaApi(api, admin, { from_date: from, to_date: to })

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      catalogue = await createCatalogue(container)
      admin = await adminHeaders(container)
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
    })

    afterAll(async () => {
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    it("repairs damaged refund, return and cancellation entries of orders placed days before, ledger and tallies exactly", async () => {
      const placedOn = daysBefore(today(), 3)
      const { certifiedVariant: almonds, uncertifiedVariant: walnuts } = catalogue
      const refunded = await paidOrder([{ variant_id: almonds, quantity: 2 }])
      const returned = await paidOrder([{ variant_id: almonds, quantity: 2 }, { variant_id: walnuts, quantity: 1 }])
      const canceled = await paidOrder([{ variant_id: walnuts, quantity: 3 }])
      const earlier = await paidOrder([{ variant_id: almonds, quantity: 1 }])
      await backdate(refunded, shanghai(placedOn, "10:00:00"))
      await backdate(returned, shanghai(placedOn, "11:00:00"))
      await backdate(canceled, shanghai(placedOn, "23:30:00"))
      await backdate(earlier, shanghai(daysBefore(today(), 2), "00:30:00"))
      // today: ¥5 back, one bag of almonds back, the third order canceled (its money refunded)
      await refundPaymentWorkflow(container).run({ input: { payment_id: (await paymentOf(refunded)).id, amount: 5 } })
      await returnGoods(returned, almonds, 1)
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled } })
      await syncOrders(container, [refunded, returned, canceled, earlier])

      const ledger = await ledgerSnapshot(db)
      const tallies = await tallySnapshot(db)
      // what the orders' histories imply: sales on the day they were placed, reductions today
      // against those days' sales; the cancellation refunds the money first, then takes the goods back
      const reductions = ledger.filter((e) => e.kind !== "sale")
      expect(reductions.map((e) => [e.order_id, e.kind, e.amount_fen, e.quantity, e.entry_date, e.sale_date]).sort()).toEqual(
        [
          [refunded, "refund", -500, 0, today(), placedOn],
          [returned, "return", -1234, -1, today(), placedOn],
          [canceled, "refund", -3702, 0, today(), placedOn],
          [canceled, "cancellation", 0, -3, today(), placedOn],
        ].sort()
      )
      expect(ledger.filter((e) => e.kind === "sale").map((e) => [e.order_id, e.entry_date]).sort()).toEqual(
        [
          [refunded, placedOn],
          [returned, placedOn],
          [returned, placedOn],
          [canceled, placedOn],
          [earlier, daysBefore(today(), 2)],
        ].sort()
      )

      // Damage: two entries lost (the tallies follow, as a writer that lost them would leave
      // them), two altered behind the tallies' back, one stray reduction added.
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteEntries([await entry(refunded, "refund"), await entry(canceled, "cancellation")])
      await db.raw(`update sales_ledger_entry set amount_fen = amount_fen + 100 where order_id = ? and kind = 'return'`, [returned])
      await db.raw(`update sales_ledger_entry set quantity = quantity + 1 where order_id = ? and kind = 'sale'`, [earlier])
      const { id: _id, recorded_at: _at, ...template } = await entry(refunded, "sale")
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).writeEntries([{ ...template, kind: "refund", source_id: "refund_gone", amount_fen: -700, quantity: 0, entry_date: today() }])
      expect(await ledgerSnapshot(db)).not.toEqual(ledger)
      expect(await tallySnapshot(db)).not.toEqual(tallies)

      const repaired = await reconcile(placedOn, today())
      expect(repaired).toMatchObject({ differences_found: 5, repaired: 5 })
      expect(repaired.differences.sample.map((d: { kind: string }) => d.kind).sort()).toEqual(["changed", "changed", "extra", "missing", "missing"])
      expect(await ledgerSnapshot(db)).toEqual(ledger)
      expect(await tallySnapshot(db)).toEqual(tallies)
      expect(await reconcile(placedOn, today())).toMatchObject({ differences_found: 0, repaired: 0 })
    })

    it("runs the nightly job on yesterday in Shanghai, across a UTC midnight, and no other day", async () => {
      // The job runs at 02:00 in Shanghai, 18:00 UTC the day before.
      const runAt = shanghai(today(), "02:00:00")
      const yesterday = daysBefore(today(), 1)
      const placed: [string, Date][] = [
        ["day before, 23:30 (15:30 UTC, the same UTC day as the next)", shanghai(daysBefore(today(), 2), "23:30:00")],
        ["yesterday, 07:30 (23:30 UTC the day before)", shanghai(yesterday, "07:30:00")],
        ["yesterday, 08:30 (00:30 UTC)", shanghai(yesterday, "08:30:00")],
        ["today, 00:30 (16:30 UTC yesterday)", shanghai(today(), "00:30:00")],
      ]
      const ids: string[] = []
      for (const [, at] of placed) {
        const id = await paidOrder([{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
        await backdate(id, at)
        ids.push(id)
      }
      await syncOrders(container, ids)
      const exact = await ledgerSnapshot(db)
      expect(exact.map((e) => [e.order_id, e.entry_date])).toEqual(
        expect.arrayContaining(ids.map((id, i) => [id, dayOf(placed[i][1])]))
      )
      await db.raw(`update sales_ledger_entry set amount_fen = amount_fen + 1 where order_id = any(?)`, [ids])

      // Medusa's scheduler calls the job with the container; only the clock is set.
      jest.useFakeTimers({
        now: runAt,
        doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
      })
      try {
        await reconcileLedgerNightly(container)
      } finally {
        jest.useRealTimers()
      }

      const { data } = await api.get("/admin/reporting/reconciliations", admin)
      expect(data.reconciliations).toHaveLength(1)
      expect(data.reconciliations[0]).toMatchObject({ trigger: "schedule", from_date: yesterday, to_date: yesterday, status: "succeeded", differences_found: 2, repaired: 2 })
      const amounts = new Map((await ledgerSnapshot(db)).map((e) => [e.order_id, e.amount_fen]))
      // yesterday's two orders repaired; the day before's and today's left for their own nights
      expect(ids.map((id) => amounts.get(id))).toEqual([1235, 1234, 1234, 1235])
    })
  },
})
