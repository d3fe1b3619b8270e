import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { batchTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ORIGIN_MODULE } from "../../src/modules/origin"
import type OriginModuleService from "../../src/modules/origin/service"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { startReportingWorker, type ReportingWorker } from "../../src/reporting/queue/worker"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { eventually, useOwnReportingQueue } from "../reporting/fixtures"
import { createKioskWorld, PINS, PRICE_FEN, STOCK, stockAt, type KioskWorld } from "./fixtures"

jest.setTimeout(240_000)

useOwnReportingQueue()

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let world: KioskWorld
    let worker: ReportingWorker | undefined

    const post = (url: string, body: unknown, h: Headers) => settle(api.post(url, body, h))
    const get = (url: string, h: Headers) => settle(api.get(url, h))

    /** A device of the counter, registered through the operator's setup code. */
    const device = async (counterId: string): Promise<Headers> => {
      const admin = await adminHeaders(container)
      const code = await post(`/admin/counters/${counterId}/setup-codes`, {}, admin)
      expect(code.status).toBe(201)
      const registered = await post("/kiosk/devices", { code: code.data.setup_code.code }, { headers: {} })
      expect(registered.status).toBe(201)
      return { headers: { "x-kiosk-device": registered.data.device_token } }
    }
    const login = async (dev: Headers, clerkId: string, pin = PINS.clerk) => {
      const res = await post("/kiosk/auth/pin", { clerk_id: clerkId, pin }, dev)
      expect(res.status).toBe(200)
      return { headers: { ...dev.headers, authorization: `Bearer ${res.data.token}` } }
    }
    const sale = (overrides: Record<string, unknown> = {}) => ({
      idempotency_key: randomUUID(),
      sold_at: new Date().toISOString(),
      clerk_id: world.clerks.aClerk,
      items: [{ variant_id: world.variant, quantity: 2, unit_price: PRICE_FEN }],
      payment: { method: "cash", amount: 2 * PRICE_FEN, tendered: 5000 },
      ...overrides,
    })
    const orderCount = async () => (await container.resolve(Modules.ORDER).listOrders({}, { take: null })).length
    const ledger = async (orderId: string) =>
      (
        await container
          .resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(
            `select kind, quantity, amount_fen::int, entry_date::text, sale_date::text, channel_kind, counter_id
             from sales_ledger_entry where order_id = ? order by kind desc`,
            [orderId]
          )
      ).rows

    beforeEach(async () => {
      container = getContainer()
      world = await createKioskWorld(container)
    })

    afterEach(async () => {
      await worker?.close()
      worker = undefined
    })

    afterAll(async () => {
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    it("pins a device with a one-time setup code and lists only its counter's clerks", async () => {
      const admin = await adminHeaders(container)
      const code = (await post(`/admin/counters/${world.a.id}/setup-codes`, {}, admin)).data.setup_code
      expect(code.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)

      const registered = await post("/kiosk/devices", { code: code.code.toLowerCase() }, { headers: {} })
      expect(registered.status).toBe(201)
      expect(registered.data.device.counter).toMatchObject({ id: world.a.id, kind: "counter" })
      const again = await post("/kiosk/devices", { code: code.code }, { headers: {} })
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/^code: /)

      const dev = { headers: { "x-kiosk-device": registered.data.device_token } }
      const origin = "http://localhost:8000"
      const preflight = await settle(api.request({ method: "OPTIONS", url: "/kiosk/sales", headers: { origin } }))
      expect([preflight.status, preflight.headers["access-control-allow-origin"]]).toEqual([204, origin])
      const denied = await get("/kiosk/device", { headers: { origin } })
      expect([denied.status, denied.headers["access-control-allow-origin"]]).toEqual([401, origin])
      expect((await get("/kiosk/device", dev)).data.counter.id).toBe(world.a.id)
      expect((await get("/kiosk/device", { headers: { "x-kiosk-device": "forged" } })).status).toBe(401)
      const clerks = (await get("/kiosk/clerks", dev)).data.clerks.map((c: { id: string }) => c.id).sort()
      expect(clerks).toEqual([world.clerks.aManager, world.clerks.aClerk].sort())
    })

    it("logs a clerk in by PIN and locks them for 15 minutes after 5 wrong PINs", async () => {
      const dev = await device(world.a.id)
      const wrong = () => post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: "0000" }, dev)
      const first = await wrong()
      expect(first.status).toBe(401)
      expect(first.data.attempts_left).toBe(4)
      for (let i = 0; i < 3; i++) {
        expect((await wrong()).status).toBe(401)
      }
      const fifth = await wrong()
      expect(fifth.status).toBe(429)
      const lockedFor = new Date(fifth.data.locked_until).getTime() - Date.now()
      expect(lockedFor).toBeGreaterThan(14 * 60_000)
      expect(lockedFor).toBeLessThanOrEqual(15 * 60_000)

      const right = await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: PINS.clerk }, dev)
      expect(right.status).toBe(429)
      expect((await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: "12" }, dev)).data.message).toMatch(/pin: must be 4 to 6 digits/)

      // the operator hands out a new PIN, which lifts the lock
      const admin = await adminHeaders(container)
      const reset = await post(`/admin/counters/${world.a.id}/clerks/${world.clerks.aClerk}`, { pin: "8642" }, admin)
      expect(reset.status).toBe(200)
      expect(reset.data.clerk.pin_hash).toBeUndefined()
      const ok = await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: "8642" }, dev)
      expect(ok.status).toBe(200)
      expect(ok.data.clerk).toMatchObject({ id: world.clerks.aClerk, role: "clerk" })
    })

    it("keeps counters apart: B's clerk and B's sales are nothing at A", async () => {
      const [devA, devB] = [await device(world.a.id), await device(world.b.id)]
      expect((await post("/kiosk/auth/pin", { clerk_id: world.clerks.bClerk, pin: PINS.clerk }, devA)).status).toBe(400)

      const bClerk = await login(devB, world.clerks.bClerk)
      const crossed = { headers: { ...bClerk.headers, "x-kiosk-device": devA.headers["x-kiosk-device"] } }
      expect((await get("/kiosk/catalogue", crossed)).status).toBe(403)
      expect((await post("/kiosk/sales", sale({ clerk_id: world.clerks.bClerk }), crossed)).status).toBe(403)
      expect((await get("/kiosk/catalogue", { headers: devA.headers })).status).toBe(401)

      const soldAtB = await post("/kiosk/sales", sale({ clerk_id: world.clerks.bClerk }), bClerk)
      expect(soldAtB.status).toBe(201)
      const aClerk = await login(devA, world.clerks.aClerk)
      expect((await get(`/kiosk/sales/${soldAtB.data.sale.id}`, aClerk)).status).toBe(404)
      const foreignClerk = await post("/kiosk/sales", sale({ clerk_id: world.clerks.bClerk }), aClerk)
      expect(foreignClerk.status).toBe(403)
      expect(foreignClerk.data.message).toMatch(/^clerk_id: /)
    })

    it("makes one order of a key submitted three times, and of three concurrent submissions", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const body = sale()
      const answers = [await post("/kiosk/sales", body, clerk), await post("/kiosk/sales", body, clerk), await post("/kiosk/sales", body, clerk)]
      expect(answers.map((a) => a.status)).toEqual([201, 200, 200])
      expect(new Set(answers.map((a) => a.data.sale.order_id)).size).toBe(1)
      expect(await orderCount()).toBe(1)

      const racing = sale()
      const raced = await Promise.all([1, 2, 3].map(() => post("/kiosk/sales", racing, clerk)))
      expect(raced.map((a) => a.status).sort()).toEqual([200, 200, 201])
      expect(new Set(raced.map((a) => a.data.sale.order_id)).size).toBe(1)
      expect(await orderCount()).toBe(2)
      expect(await stockAt(container, world.inventoryItem, world.a.stock_location_id)).toBe(STOCK - 4)
    })

    it("sends each catalogue name with its English translation, for a device that switches language offline", async () => {
      const [store] = await container.resolve(Modules.STORE).listStores({})
      await updateStoresWorkflow(container).run({
        input: { selector: { id: store.id }, update: { supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en-US" }] } },
      })
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const before = (await get("/kiosk/catalogue", clerk)).data.products[0]
      // Untranslated: the English names are the Chinese ones.
      expect(before).toMatchObject({ title: "莎车巴旦木", title_en: "莎车巴旦木", county: { name: "莎车县", name_en: "莎车县" } })

      const [county] = await container.resolve<OriginModuleService>(ORIGIN_MODULE).listCounties({ code: "653125" })
      await batchTranslationsWorkflow(container).run({
        input: {
          create: [
            { reference: "product", reference_id: before.id, locale_code: "en-US", translations: { title: "Shache almonds" } },
            { reference: "county", reference_id: county.id, locale_code: "en-US", translations: { name_zh: "Shache County" } },
          ],
          update: [],
          delete: [],
        },
      })
      const after = (await get("/kiosk/catalogue", clerk)).data.products[0]
      expect(after).toMatchObject({ title: "莎车巴旦木", title_en: "Shache almonds", county: { name: "莎车县", name_en: "Shache County" } })
    })

    it("sells in the counter's channel from the counter's location and returns the receipt", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const catalogue = (await get("/kiosk/catalogue", clerk)).data
      expect(catalogue.products[0]).toMatchObject({ title: "莎车巴旦木", county: { code: "653125", name: "莎车县" } })
      expect(catalogue.products[0].variants[0]).toMatchObject({ id: world.variant, unit_price: PRICE_FEN, stock: STOCK })

      const res = await post("/kiosk/sales", sale({ items: [{ variant_id: world.variant, quantity: 3, unit_price: PRICE_FEN }], payment: { method: "cash", amount: 3702, tendered: 5000 } }), clerk)
      expect(res.status).toBe(201)
      const receipt = res.data.sale
      expect(receipt).toMatchObject({
        total: 3702,
        flagged: false,
        flags: [],
        payment: { method: "cash", amount: 3702, tendered: 5000, change: 1298 },
        items: [{ variant_id: world.variant, county_name: "莎车县", quantity: 3, unit_price: PRICE_FEN, total: 3702 }],
      })
      expect(receipt.display_id).toEqual(expect.any(Number))

      const [order] = await container.resolve(Modules.ORDER).listOrders({ id: receipt.order_id }, { relations: ["items"] })
      expect(order.sales_channel_id).toBe(world.a.sales_channel_id)
      expect(order.metadata).toMatchObject({ kiosk: { clerk_id: world.clerks.aClerk, counter_id: world.a.id } })
      expect(await stockAt(container, world.inventoryItem, world.a.stock_location_id)).toBe(STOCK - 3)
      expect(await stockAt(container, world.inventoryItem, world.b.stock_location_id)).toBe(STOCK)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["payment_collections.status", "payment_collections.payments.provider_id"],
        filters: { id: receipt.order_id },
      })
      expect((data[0] as any).payment_collections[0]).toMatchObject({ status: "completed", payments: [{ provider_id: "pp_system_default" }] })
      expect((await get(`/kiosk/sales/${receipt.id}`, clerk)).data.sale.order_id).toBe(receipt.order_id)

      // the module links (src/links/kiosk-*): the sale reaches its order and counter, the device and the clerk their counter
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: sales } = await query.graph({ entity: "kiosk_sale", fields: ["id", "order.display_id", "counter.code", "counter.id"], filters: { id: receipt.id } })
      expect(sales[0]).toMatchObject({ order: { display_id: receipt.display_id }, counter: { id: world.a.id } })
      const { data: devices } = await query.graph({ entity: "kiosk_device", fields: ["id", "counter.id"], filters: { counter_id: world.a.id } })
      const counters = (devices as unknown as { counter?: { id: string } }[]).map((d) => d.counter?.id)
      expect(counters.length).toBeGreaterThan(0)
      expect(new Set(counters)).toEqual(new Set([world.a.id]))
      // and the clerk who sold it reaches the counter they work at
      const { data: clerks } = await query.graph({ entity: "clerk", fields: ["id", "counter.id", "counter.code"], filters: { id: world.clerks.aClerk } })
      expect(clerks).toHaveLength(1)
      expect(clerks[0]).toMatchObject({ id: world.clerks.aClerk, counter: { id: world.a.id } })
    })

    it("creates and flags sales whose price or stock disagree with the server", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const cheap = await post("/kiosk/sales", sale({ items: [{ variant_id: world.variant, quantity: 1, unit_price: 1000 }], payment: { method: "card", amount: 1000, reference: "POS-1" } }), clerk)
      expect(cheap.status).toBe(201)
      expect(cheap.data.sale).toMatchObject({ flagged: true, total: 1000, flags: [expect.objectContaining({ kind: "price_mismatch" })] })

      const approved = await post(
        "/kiosk/sales",
        sale({ items: [{ variant_id: world.variant, quantity: 1, unit_price: 1000 }], payment: { method: "cash", amount: 1000 }, override: { manager_pin: PINS.manager, reason: "临期" } }),
        clerk
      )
      expect(approved.data.sale).toMatchObject({ flagged: false, flags: [expect.objectContaining({ kind: "price_override" })] })

      const tooMany = await post("/kiosk/sales", sale({ items: [{ variant_id: world.variant, quantity: 50, unit_price: PRICE_FEN }], payment: { method: "qr", amount: 50 * PRICE_FEN, reference: "WX-1" } }), clerk)
      expect(tooMany.status).toBe(201)
      expect(tooMany.data.sale.flags).toEqual([expect.objectContaining({ kind: "insufficient_stock" })])
      expect(await orderCount()).toBe(3)
      expect(await stockAt(container, world.inventoryItem, world.a.stock_location_id)).toBe(STOCK - 2 - 50)


      const review = (await get(`/admin/counters/${world.a.id}/sales?flagged=true`, await adminHeaders(container))).data
      expect(review.sales.map((s: { id: string }) => s.id).sort()).toEqual([cheap.data.sale.id, tooMany.data.sale.id].sort())

      const ahead = await post("/kiosk/sales", sale({ sold_at: new Date(Date.now() + 86_400_000).toISOString() }), clerk)
      expect(ahead.data.sale.flags).toContainEqual(expect.objectContaining({ kind: "sold_at_in_future" }))

      const bad = await post("/kiosk/sales", sale({ idempotency_key: "not-a-uuid" }), clerk)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/idempotency_key/)
    })

    it("books an offline sale at its sale time and a manager-approved return as negative entries", async () => {
      worker = startReportingWorker(container)
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const soldAt = new Date(Date.now() - 3 * 86_400_000)
      soldAt.setUTCHours(16, 30, 0, 0) // 00:30 the next day in Shanghai
      const shanghaiDay = new Date(soldAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
      const sold = (await post("/kiosk/sales", sale({ sold_at: soldAt.toISOString() }), clerk)).data.sale

      await eventually(async () => expect(await ledger(sold.order_id)).toHaveLength(1))
      expect((await ledger(sold.order_id))[0]).toMatchObject({ kind: "sale", quantity: 2, amount_fen: 2468, entry_date: shanghaiDay, channel_kind: "counter", counter_id: world.a.id })

      const returnBody = { items: [{ variant_id: world.variant, quantity: 1 }], manager_pin: PINS.clerk, reason: "包装破损", refund_method: "cash" }
      expect((await post(`/kiosk/sales/${sold.id}/returns`, returnBody, clerk)).status).toBe(403)
      const returned = await post(`/kiosk/sales/${sold.id}/returns`, { ...returnBody, manager_pin: PINS.manager }, clerk)
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      expect(returned.data.return).toMatchObject({ amount: PRICE_FEN, refund_method: "cash", manager_id: world.clerks.aManager })
      expect(await stockAt(container, world.inventoryItem, world.a.stock_location_id)).toBe(STOCK - 1)

      await eventually(async () => expect((await ledger(sold.order_id)).filter((e: any) => e.amount_fen < 0).length).toBeGreaterThan(0))
      await new Promise((r) => setTimeout(r, 1000))
      const entries = await ledger(sold.order_id)
      const net = entries.reduce((sum: number, e: any) => sum + e.amount_fen, 0)
      expect(net).toBe(PRICE_FEN)
      expect(entries.filter((e: any) => e.amount_fen < 0).every((e: any) => e.sale_date === shanghaiDay)).toBe(true)
      const tooMuch = await post(`/kiosk/sales/${sold.id}/returns`, { ...returnBody, manager_pin: PINS.manager, items: [{ variant_id: world.variant, quantity: 2 }] }, clerk)
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/^items\.0\.quantity: only 1 left/)
    })

    it("opens a till with a float, closes it with a count and stores the discrepancy", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const opened = await post("/kiosk/cash-sessions", { opening_float: 10_000 }, clerk)
      expect(opened.status).toBe(201)
      expect((await post("/kiosk/cash-sessions", { opening_float: 500 }, clerk)).status).toBe(400)
      await post("/kiosk/sales", sale(), clerk)
      await post("/kiosk/sales", sale({ payment: { method: "card", amount: 2468, reference: "C-9" } }), clerk)
      expect((await get("/kiosk/cash-sessions/current", clerk)).data.cash_session.expected_cash).toBe(12_468)

      const closed = await post(`/kiosk/cash-sessions/${opened.data.cash_session.id}/close`, { counted: 12_400, note: "少了零钱" }, clerk)
      expect(closed.status).toBe(200)
      expect(closed.data.cash_session).toMatchObject({ expected: 12_468, counted: 12_400, discrepancy: -68 })
      expect((await get("/kiosk/cash-sessions/current", clerk)).data.cash_session).toBeNull()

      const summary = (await get("/kiosk/summary", clerk)).data
      expect(summary).toMatchObject({ orders: 2, items: 4, gross: 4936, refunds: 0, net: 4936, by_method: { cash: 2468, card: 2468, qr: 0 }, flagged: 0 })
      expect(summary.cash_sessions).toEqual([expect.objectContaining({ discrepancy: -68 })])
    })
  },
})
