import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { COUNTER_MODULE } from "../../src/modules/counter"
import { ORIGIN_MODULE } from "../../src/modules/origin"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { startReportingWorker, type ReportingWorker } from "../../src/reporting/queue/worker"
import { recordCaptures } from "../../src/scripts/lib/record-captures"

export type Catalogue = {
  regionId: string
  onlineChannelId: string
  counterChannelId: string
  counterId: string
  /** certified, county paired with 宝山区 from 2017 */
  certifiedVariant: string
  /** no certificate, county never paired */
  uncertifiedVariant: string
}

/** A region in CNY, an online channel, a counter with its channel, two products of two counties. */
export async function createCatalogue(container: MedusaContainer): Promise<Catalogue> {
  const origin = container.resolve(ORIGIN_MODULE) as any
  const counters = container.resolve(COUNTER_MODULE) as any
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const province = await origin.createProvinces({ code: "65", name_zh: "新疆维吾尔自治区", name_en: "Xinjiang" })
  const prefecture = await origin.createPrefectures({ code: "6531", name_zh: "喀什地区", name_en: "Kashgar", province_id: province.id })
  const [paired, unpaired] = await origin.createCounties([
    { code: "653125", name_zh: "莎车县", name_en: "Shache", prefecture_id: prefecture.id },
    { code: "653124", name_zh: "泽普县", name_en: "Zepu", prefecture_id: prefecture.id },
  ])
  await origin.createPairings({
    county_id: paired.id,
    district_zh: "宝山区",
    district_en: "Baoshan",
    relation_type: "counterpart",
    valid_from: new Date("2017-01-01T00:00:00+08:00"),
  })
  const cert = await origin.createCertifications({
    number: "CERT-1",
    issuer: "test",
    issued_at: new Date("2015-01-01T00:00:00+08:00"),
    expires_at: new Date("2099-01-01T00:00:00+08:00"),
  })

  const [online, counterChannel] = await channels.createSalesChannels([{ name: "Online" }, { name: "Counter 1" }])
  const counter = await counters.createCounters({
    code: "C1",
    name_zh: "柜台一",
    name_en: "Counter one",
    kind: "counter",
    address: "1 Test Rd",
    district_zh: "宝山区",
    district_en: "Baoshan",
  })
  await link.create({ [COUNTER_MODULE]: { counter_id: counter.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: counterChannel.id } })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "China", currency_code: "cny", countries: ["cn"], payment_providers: ["pp_system_default"] }] },
  })
  const product = (title: string) => ({
    title,
    status: "published" as const,
    options: [{ title: "Size", values: ["One"] }],
    sales_channels: [{ id: online.id }, { id: counterChannel.id }],
    variants: [
      { title, options: { Size: "One" }, manage_inventory: false, prices: [{ amount: 12.34, currency_code: "cny" }] },
    ],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: { products: [product("Almonds"), product("Walnuts")] },
  })
  await link.create([
    { [Modules.PRODUCT]: { product_id: products[0].id }, [ORIGIN_MODULE]: { county_id: paired.id } },
    { [Modules.PRODUCT]: { product_id: products[0].id }, [ORIGIN_MODULE]: { certification_id: cert.id } },
    { [Modules.PRODUCT]: { product_id: products[1].id }, [ORIGIN_MODULE]: { county_id: unpaired.id } },
  ])
  return {
    regionId: regions[0].id,
    onlineChannelId: online.id,
    counterChannelId: counterChannel.id,
    counterId: counter.id,
    certifiedVariant: products[0].variants[0].id,
    uncertifiedVariant: products[1].variants[0].id,
  }
}

/** The order's first payment, as an operator or the Stripe webhook would capture it. */
export async function orderPaymentId(container: MedusaContainer, orderId: string): Promise<string> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.id"],
    filters: { id: orderId },
  })
  return data[0].payment_collections![0]!.payments![0]!.id
}

/**
 * Places an order the way a storefront does: cart, payment session, complete (emits order.placed),
 * then captures its payment (emits payment.captured) unless `paid` is false: a sale counts when
 * its money is received.
 */
export async function placeOrder(
  container: MedusaContainer,
  catalogue: Catalogue,
  items: { variant_id: string; quantity: number }[],
  channelId = catalogue.onlineChannelId,
  { paid = true }: { paid?: boolean } = {}
): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: catalogue.regionId, sales_channel_id: channelId, currency_code: "cny", email: "buyer@test.cn", items },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  if (paid) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: await orderPaymentId(container, result.id) } })
  }
  return result.id
}

/** Refunds `amount` (yuan) of a paid order, as an operator would. */
export async function refundOrder(container: MedusaContainer, orderId: string, amount: number) {
  await refundPaymentWorkflow(container).run({ input: { payment_id: await orderPaymentId(container, orderId), amount } })
}

type Http = {
  post: (url: string, body: unknown, config: unknown) => Promise<{ status: number; data: any }>
  get: (url: string, config: unknown) => Promise<{ data: any }>
}

/** Starts a reconciliation through the operators' API and waits until it has succeeded; returns the run. */
export async function reconcileViaApi(api: Http, admin: unknown, body: Record<string, unknown>) {
  const started = await api.post("/admin/reporting/reconciliations", body, admin)
  expect(started.status).toBe(202)
  return eventually(async () => {
    const { data } = await api.get(`/admin/reporting/reconciliations/${started.data.reconciliation.id}`, admin)
    expect(data.reconciliation.status).toBe("succeeded")
    return data.reconciliation
  })
}

/** Polls until `check` passes or the time runs out. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > deadline) {
        throw e
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

/**
 * Many paid orders at once through the order module, for tests that need volume: a checkout per
 * order would take minutes. Emit `order.placed` for them to send them down the pipeline.
 */
export async function createOrdersInBulk(
  container: MedusaContainer,
  catalogue: Catalogue,
  count: number
): Promise<{ ids: string[]; totalFen: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: [catalogue.certifiedVariant, catalogue.uncertifiedVariant] },
  })
  const orders = container.resolve(Modules.ORDER)
  const ids: string[] = []
  let totalFen = 0
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, k) => {
      const i = start + k
      const variant = variants[i % variants.length]
      totalFen += 1234 * (1 + (i % 3))
      return {
        currency_code: "cny",
        region_id: catalogue.regionId,
        sales_channel_id: catalogue.onlineChannelId,
        email: "bulk@test.cn",
        items: [{ title: "bulk", product_id: variant.product_id ?? undefined, variant_id: variant.id, quantity: 1 + (i % 3), unit_price: 12.34 }],
      }
    })
    const created = await orders.createOrders(batch)
    await recordCaptures(container, created.map((o) => ({ order_id: o.id, amount: "100" })))
    ids.push(...created.map((o) => o.id))
  }
  return { ids, totalFen }
}

/**
 * Points this suite at a reporting queue of its own on the shared Redis, so suites and other runs
 * on the machine never see each other's jobs. Returns the run's name.
 */
export function useOwnReportingQueue() {
  const run = `oc-test-${Math.random().toString(36).slice(2, 10)}`
  process.env.REPORTING_REDIS_URL = process.env.REPORTING_REDIS_URL || "redis://127.0.0.1:6379"
  process.env.REPORTING_QUEUE = `${run}-ledger`
  process.env.REPORTING_PREFIX = run
  return run
}

/**
 * The real reporting worker on the suite's own queue (useOwnReportingQueue): a test starts it when
 * its jobs should be taken; it is closed after each test, and the queue is emptied and closed after
 * the suite. Call inside the suite, so the hooks belong to it.
 */
export function reportingWorkerForTests() {
  let running: ReportingWorker | undefined
  const queue = () => ledgerQueue(reportingQueueConfig())
  const stop = async () => {
    await running?.close()
    running = undefined
  }
  afterEach(stop)
  afterAll(async () => {
    await queue().obliterate({ force: true })
    await closeLedgerQueues()
  })
  return {
    queue,
    start: (container: MedusaContainer) => {
      running = startReportingWorker(container)
    },
    stop,
  }
}
