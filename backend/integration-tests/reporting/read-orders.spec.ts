import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { toFen } from "../../src/reporting/money"
import { awaitingPaymentOrderIds, ordersActiveBetween, ordersByMetadata, readOrders } from "../../src/reporting/ledger/read-orders"
import { businessDate, shanghaiRange } from "../../src/reporting/shanghai-date"
import { createCatalogue, orderPaymentId, placeOrder } from "./fixtures"

jest.setTimeout(240_000)

/** When the order's money was first received (no counter sales here), from its capture transactions. */
function firstCapture(transactions: { reference: string; created_at: string; amount: number }[]): Date | null {
  const times = transactions.filter((t) => t.reference === "capture" && Number(t.amount) > 0).map((t) => new Date(t.created_at).getTime())
  return times.length ? new Date(Math.min(...times)) : null
}

/** The same facts as Medusa's Query returns them, to hold the SQL reader to. */
async function viaQuery(container: MedusaContainer, ids: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "created_at",
      "transactions.reference",
      "transactions.created_at",
      "transactions.amount",
      "canceled_at",
      "sales_channel_id",
      "total",
      "items.id",
      "items.product_id",
      "items.quantity",
      "items.total",
      "items.raw_total",
      "returns.id",
      "returns.received_at",
      "returns.items.item_id",
      "returns.items.received_quantity",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.created_at",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: ids },
  })
  return data
    .map((o: any) => ({
      id: o.id,
      currency_code: o.currency_code,
      created_at: new Date(o.created_at),
      paid_at: firstCapture(o.transactions ?? []),
      canceled_at: o.canceled_at ? new Date(o.canceled_at) : null,
      sales_channel_id: o.sales_channel_id,
      items: [...o.items]
        .sort((a: any, b: any) => a.id.localeCompare(b.id))
        .map((i: any) => ({ id: i.id, product_id: i.product_id, quantity: Number(i.quantity), total_fen: toFen(i.raw_total) })),
      returns: (o.returns ?? [])
        .filter((r: any) => r.received_at)
        .map((r: any) => ({
          id: r.id,
          received_at: new Date(r.received_at),
          items: r.items.map((i: any) => ({ item_id: i.item_id, received_quantity: Number(i.received_quantity) })),
        })),
      refunds: (o.payment_collections ?? []).flatMap((pc: any) =>
        pc.payments.flatMap((p: any) =>
          (p.refunds ?? []).map((r: any) => ({ id: r.id, created_at: new Date(r.created_at), amount_fen: toFen(r.raw_amount) }))
        )
      ),
    }))
    .sort((a: any, b: any) => a.id.localeCompare(b.id))
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("reads orders from the tables exactly as Query does: taxes, discounts, refunds, cancellations", async () => {
      const container = getContainer()
      const catalogue = await createCatalogue(container)
      const orders = container.resolve(Modules.ORDER)
      const [taxed] = await orders.createOrders([
        {
          currency_code: "cny",
          region_id: catalogue.regionId,
          sales_channel_id: catalogue.onlineChannelId,
          email: "t@test.cn",
          items: [
            {
              title: "taxed and discounted",
              product_id: "prod_x",
              quantity: 3,
              unit_price: 33.33,
              tax_lines: [{ code: "VAT", rate: 13 }],
              adjustments: [{ code: "PROMO", amount: 1.11 }],
            },
            { title: "tax inclusive", product_id: "prod_y", quantity: 1, unit_price: 9.99, is_tax_inclusive: true, tax_lines: [{ code: "VAT", rate: 9 }] },
          ],
        },
      ])
      const refunded = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }])
      const canceled = await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 1 }], undefined, { paid: false })
      const paymentId = await orderPaymentId(container, refunded)
      await refundPaymentWorkflow(container).run({ input: { payment_id: paymentId, amount: 3.21 } })
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled } })

      const ids = [taxed.id, refunded, canceled]
      const sql = (await readOrders(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), ids)).sort((a, b) =>
        a.id.localeCompare(b.id)
      )
      expect(sql).toEqual(await viaQuery(container, ids))
      expect(sql.find((o) => o.id === refunded)!.refunds.map((r) => r.amount_fen)).toEqual([321])
      expect(sql.find((o) => o.id === canceled)!.canceled_at).not.toBeNull()
      expect(sql.find((o) => o.id === canceled)!.paid_at).toBeNull()
      expect(sql.find((o) => o.id === refunded)!.paid_at).not.toBeNull()
      // (3 × 33.33 − 1.11 discount) × 1.13 tax = 111.7344 → 11173 fen; 9.99 has its tax inside
      expect(sql.find((o) => o.id === taxed.id)!.items.map((i) => i.total_fen).sort()).toEqual([11173, 999])
    })

    it("finds orders by day, payment and metadata as Query does", async () => {
      const container = getContainer()
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const catalogue = await createCatalogue(container)
      const paid = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
      const unpaid = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }], undefined, { paid: false })
      const canceled = await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 1 }], undefined, { paid: false })
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled } })
      const [tagged] = await container.resolve(Modules.ORDER).createOrders([
        { currency_code: "cny", region_id: catalogue.regionId, email: "k@test.cn", metadata: { kiosk: { idempotency_key: "key-1" } }, items: [] },
      ])

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "created_at", "canceled_at", "metadata", "transactions.reference", "transactions.created_at", "transactions.amount"],
      })
      const today = businessDate().date
      const { start, end } = shanghaiRange(today, today)
      const placedToday = data.filter((o: any) => new Date(o.created_at) >= start && new Date(o.created_at) < end)
      const ids = (orders: any[]) => orders.map((o) => o.id).sort()

      expect((await ordersActiveBetween(db, start, end)).sort()).toEqual(ids(placedToday))
      expect((await awaitingPaymentOrderIds(db, today, today)).sort()).toEqual(
        ids(placedToday.filter((o: any) => !o.canceled_at && !firstCapture(o.transactions ?? [])))
      )
      expect((await awaitingPaymentOrderIds(db, today, today)).sort()).toEqual([unpaid, tagged.id].sort())
      expect((await ordersByMetadata(db, ["kiosk", "idempotency_key"], "key-1")).map((o) => o.id)).toEqual(
        ids(data.filter((o: any) => o.metadata?.kiosk?.idempotency_key === "key-1"))
      )
      expect(await ordersByMetadata(db, ["kiosk", "idempotency_key"], "key-2")).toEqual([])
      expect(await awaitingPaymentOrderIds(db, today, today)).not.toContain(paid)
    })
  },
})
