import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  getOrderDetailWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import Stripe from "stripe"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { startReportingWorker, type ReportingWorker } from "../../src/reporting/queue/worker"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { StripeStandIn } from "../helpers/stripe-stand-in"
import { createCatalogue, eventually, useOwnReportingQueue, type Catalogue } from "../reporting/fixtures"

jest.setTimeout(240_000)

useOwnReportingQueue()
const stripe = new StripeStandIn()
let shopperStripe: Stripe

// Before the runner's own beforeAll, which reads medusa-config.ts and so these variables.
beforeAll(async () => {
  const { host, port } = await stripe.start()
  Object.assign(process.env, {
    STRIPE_API_KEY: stripe.apiKey,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_HOST: host,
    STRIPE_API_PORT: String(port),
    STRIPE_API_PROTOCOL: "http",
  })
  // What Stripe.js does in the shopper's browser, against the same stand-in.
  shopperStripe = new Stripe(stripe.apiKey, { host, port, protocol: "http" })
})

afterAll(async () => {
  await stripe.close()
  for (const name of ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "STRIPE_API_PORT", "STRIPE_API_PROTOCOL"]) {
    delete process.env[name]
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let worker: ReportingWorker | undefined
    const hook = "/hooks/payment/stripe_stripe"

    beforeAll(() => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      stripe.webhookUrl = `${api.defaults.baseURL}${hook}`
    })

    afterAll(async () => {
      await worker?.close()
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    // payment_status is computed by the order detail workflow, as the admin's order page shows it.
    const orderState = async (orderId: string) =>
      (
        await getOrderDetailWorkflow(container).run({
          input: { order_id: orderId, fields: ["id", "status", "payment_status", "payment_collections.payments.*"] },
        })
      ).result as any

    // A shopper's cart of the certified product and the payment session checkout opens for it at the stand-in.
    const openPaymentSession = async (catalogue: Catalogue, provider_id: string, quantity: number) => {
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: catalogue.regionId,
          sales_channel_id: catalogue.onlineChannelId,
          currency_code: "cny",
          email: "buyer@test.cn",
          items: [{ variant_id: catalogue.certifiedVariant, quantity }],
        },
      })
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      const { result: session } = await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id } })
      return { cart, session, intent: stripe.intents.get((session.data as { id: string }).id)! }
    }

    it("registers card, Alipay and WeChat Pay in CNY", async () => {
      const { data } = await api.get("/admin/payments/payment-providers", await adminHeaders(container))
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toEqual(
        expect.arrayContaining(["pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"])
      )
    })

    it("authorises at checkout, captures on Stripe's webhook, refunds, and books +sale −refund in the ledger", async () => {
      const catalogue = await createCatalogue(container)
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: catalogue.regionId }, update: { payment_providers: ["pp_system_default", "pp_stripe_stripe"] } },
      })
      const { cart, session, intent } = await openPaymentSession(catalogue, "pp_stripe_stripe", 2)
      const intentId = intent.id
      expect(intent).toEqual(
        expect.objectContaining({ amount: 2468, currency: "cny", capture_method: "manual", payment_method_types: ["card"], metadata: { session_id: session.id } })
      )

      // The shopper pays in the Payment Element; Stripe holds the money (requires_capture).
      await shopperStripe.paymentIntents.confirm(intentId, { payment_method: "pm_card_visa" })
      const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
      expect(await orderState(order.id)).toEqual(expect.objectContaining({ payment_status: "authorized" }))

      // Captured on Stripe's side (the dashboard, or a wallet that settles later): Medusa learns it
      // only from the signed payment_intent.succeeded webhook.
      await shopperStripe.paymentIntents.capture(intentId)
      await stripe.settled()
      expect(stripe.deliveries).toEqual(
        expect.arrayContaining([
          { type: "payment_intent.amount_capturable_updated", status: 200 },
          { type: "payment_intent.succeeded", status: 200 },
        ])
      )
      await eventually(async () => expect(await orderState(order.id)).toEqual(expect.objectContaining({ payment_status: "captured" })), 60_000)
      const payment = (await orderState(order.id)).payment_collections[0].payments[0]
      expect(payment).toEqual(expect.objectContaining({ provider_id: "pp_stripe_stripe", amount: 24.68, captured_at: expect.anything() }))

      const refund = await settle(api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, await adminHeaders(container)))
      expect(refund.status).toBe(200)
      expect(stripe.refunds).toEqual([expect.objectContaining({ payment_intent: intentId, amount: 500, currency: "cny" })])
      expect(await orderState(order.id)).toEqual(expect.objectContaining({ payment_status: "partially_refunded" }))

      worker = startReportingWorker(container)
      const entries = async () =>
        (
          await db.raw(
            `select kind, quantity, amount_fen::int, counts_toward_target from sales_ledger_entry where order_id = ? order by kind desc`,
            [order.id]
          )
        ).rows
      await eventually(async () => expect(await entries()).toHaveLength(2))
      expect(await entries()).toEqual([
        { kind: "sale", quantity: 2, amount_fen: 2468, counts_toward_target: true },
        { kind: "refund", quantity: 0, amount_fen: -500, counts_toward_target: true },
      ])
    })

    it("takes Alipay (captured when the shopper approves) and opens WeChat Pay sessions for the web", async () => {
      const catalogue = await createCatalogue(container)
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: catalogue.regionId },
          update: { payment_providers: ["pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"] },
        },
      })
      const wechat = await openPaymentSession(catalogue, "pp_stripe-wechatpay_stripe", 1)
      expect(wechat.intent).toEqual(
        expect.objectContaining({ amount: 1234, currency: "cny", capture_method: "automatic", payment_method_types: ["wechat_pay"], payment_method_options: { wechat_pay: { client: "web" } } })
      )

      const alipay = await openPaymentSession(catalogue, "pp_stripe-alipay_stripe", 1)
      expect(alipay.intent).toEqual(expect.objectContaining({ capture_method: "automatic", payment_method_types: ["alipay"] }))
      // Approved in the Alipay app: the money has moved before the shopper is back in the shop.
      await shopperStripe.paymentIntents.confirm(alipay.intent.id, { payment_method: "pm_alipay", return_url: "https://shop.test/zh/checkout/stripe-return" })
      const { result: order } = await completeCartWorkflow(container).run({ input: { id: alipay.cart.id } })
      const state = await orderState(order.id)
      expect(state.payment_status).toBe("captured")
      expect(state.payment_collections[0].payments[0]).toEqual(expect.objectContaining({ provider_id: "pp_stripe-alipay_stripe", amount: 12.34 }))
    })

    it("refuses unsigned, forged, stale and replayed webhooks before anything is queued", async () => {
      const intent = { id: "pi_x", object: "payment_intent", metadata: { session_id: "payses_x" }, amount: 100, currency: "cny" }
      const post = (payload: string, header?: string) =>
        settle(api.post(hook, payload, { headers: { "content-type": "application/json", ...(header ? { "stripe-signature": header } : {}) } }))

      const unsigned = stripe.signedEvent("payment_intent.succeeded", intent)
      const missing = await post(unsigned.payload)
      expect(missing.status).toBe(400)
      expect(missing.data.message).toBe("stripe-signature: header is missing")

      const forged = await post(unsigned.payload.replace('"amount":100', '"amount":999999'), unsigned.header)
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/^stripe-signature: No signatures found matching the expected signature/)

      const stale = stripe.signedEvent("payment_intent.succeeded", intent, Math.floor(Date.now() / 1000) - 600)
      const old = await post(stale.payload, stale.header)
      expect(old.status).toBe(400)
      expect(old.data.message).toMatch(/Timestamp outside the tolerance zone/)

      const fresh = stripe.signedEvent("payment_intent.canceled", intent)
      expect((await post(fresh.payload, fresh.header)).status).toBe(200)
      const replay = await post(fresh.payload, fresh.header)
      expect(replay.status).toBe(409)
      expect(replay.data.message).toBe(`id: event ${JSON.parse(fresh.payload).id} is being processed`)
    })

    it("guards the hook however its path is spelled", async () => {
      const intent = { id: "pi_y", object: "payment_intent", metadata: {}, amount: 100, currency: "cny" }
      const first = stripe.signedEvent("payment_intent.canceled", intent)
      const post = (path: string, header?: string) =>
        settle(api.post(path, first.payload, { headers: { "content-type": "application/json", ...(header ? { "stripe-signature": header } : {}) } }))
      const spellings = ["/HOOKS/payment/stripe_stripe", "/hooks/payment/%73tripe_stripe", "/hooks/PAYMENT/Stripe_stripe", `${hook}/`]
      for (const path of spellings) {
        const unsigned = await post(path)
        expect({ path, status: unsigned.status, message: unsigned.data.message }).toEqual({ path, status: 400, message: "stripe-signature: header is missing" })
      }
      expect((await post(hook, first.header)).status).toBe(200)
      for (const path of spellings) {
        const replay = await post(path, first.header)
        expect({ path, status: replay.status }).toEqual({ path, status: 409 })
      }
    })

    it("records an event as done only once it was processed; a failed processing lets Stripe's redelivery through", async () => {
      const post = (event: { payload: string; header: string }) =>
        settle(api.post(hook, event.payload, { headers: { "content-type": "application/json", "stripe-signature": event.header } }))
      const status = async (payload: string) =>
        (await db.raw(`select status from webhook_event where id = ?`, [JSON.parse(payload).id])).rows[0]?.status ?? "none"

      // Nothing to do for a canceled intent: processed, and then a replay.
      const canceled = stripe.signedEvent("payment_intent.canceled", { id: "pi_c", object: "payment_intent", metadata: { session_id: "payses_c" }, amount: 100, currency: "cny" })
      expect((await post(canceled)).status).toBe(200)
      expect(await status(canceled.payload)).toBe("claimed")
      const early = await post(canceled)
      expect(early.status).toBe(409)
      expect(early.data.message).toBe(`id: event ${JSON.parse(canceled.payload).id} is being processed`)
      await eventually(async () => expect(await status(canceled.payload)).toBe("processed"), 30_000)
      const late = await post(canceled)
      expect(late.status).toBe(409)
      expect(late.data.message).toBe(`id: event ${JSON.parse(canceled.payload).id} was already processed`)

      // A capture for a payment session Medusa cannot find fails in processing: the claim is
      // released, so the same event delivered again is taken, not refused.
      const orphan = stripe.signedEvent("payment_intent.succeeded", { id: "pi_o", object: "payment_intent", metadata: { session_id: "payses_missing" }, amount: 100, amount_received: 100, currency: "cny", status: "succeeded" })
      expect((await post(orphan)).status).toBe(200)
      await eventually(async () => expect(await status(orphan.payload)).toBe("none"), 30_000)
      expect((await post(orphan)).status).toBe(200)
    })
  },
})
