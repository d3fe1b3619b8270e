import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { saleFingerprint } from "../../src/lib/kiosk/sale-fingerprint"
import { KIOSK_MODULE } from "../../src/modules/kiosk"
import type KioskModuleService from "../../src/modules/kiosk/service"
import { settle } from "../helpers/http"
import { useOwnReportingQueue } from "../reporting/fixtures"
import { kioskClients } from "./clients"
import { createKioskWorld, PINS, PRICE_FEN, STOCK, stockAt, type KioskWorld } from "./fixtures"

jest.setTimeout(240_000)

useOwnReportingQueue()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let world: KioskWorld
    const { post, get, admin, device, login, sale } = kioskClients(api, () => container, () => world)
    const kiosk = () => container.resolve<KioskModuleService>(KIOSK_MODULE)
    const orderCount = async () => (await container.resolve(Modules.ORDER).listOrders({}, { take: null })).length
    const lockedFor = async (clerkId: string) => {
      const clerk = await kiosk().retrieveClerk(clerkId)
      return clerk.locked_until ? new Date(clerk.locked_until).getTime() - Date.now() : 0
    }
    const cheapOverride = (manager_pin: string) =>
      sale({
        items: [{ variant_id: world.variant, quantity: 1, unit_price: 1000 }],
        payment: { method: "cash", amount: 1000 },
        override: { manager_pin, reason: "临期" },
      })

    beforeEach(async () => {
      container = getContainer()
      world = await createKioskWorld(container)
    })

    it("counts wrong manager PINs of an override against the clerk, and answers wrong and locked alike", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const flagsOf = async (pin: string) => {
        const res = await post("/kiosk/sales", cheapOverride(pin), clerk)
        expect(res.status).toBe(201)
        return res.data.sale.flags
      }
      const wrong = await flagsOf("999999")
      expect(wrong).toContainEqual({ kind: "override_unverified", detail: "override not approved: 临期" })
      expect(wrong.map((f: { kind: string }) => f.kind).sort()).toEqual(["override_unverified", "price_mismatch"])
      for (let i = 0; i < 4; i++) {
        expect(await flagsOf("999999")).toEqual(wrong)
      }
      // five wrong manager PINs lock the clerk, in the database, as five wrong PINs at login do
      expect(await lockedFor(world.clerks.aClerk)).toBeGreaterThan(14 * 60_000)
      expect((await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: PINS.clerk }, clerk)).status).toBe(429)
      // while locked the right manager PIN is not evaluated, and the answer cannot tell it apart
      expect(await flagsOf(PINS.manager)).toEqual(wrong)

      // overrides are rate-limited per device: 10 a minute
      const more = await Promise.all([1, 2, 3, 4, 5].map(() => post("/kiosk/sales", cheapOverride("999999"), clerk)))
      expect(more.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 429])
      // a sale without an override is never held back by that limit
      expect((await post("/kiosk/sales", sale(), clerk)).status).toBe(201)
    })

    it("counts wrong manager PINs of a return against the clerk and refuses wrong and locked alike", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const sold = (await post("/kiosk/sales", sale(), clerk)).data.sale
      const give = (manager_pin: string) =>
        post(`/kiosk/sales/${sold.id}/returns`, { items: [{ variant_id: world.variant, quantity: 1 }], manager_pin, reason: "破损", refund_method: "cash" }, clerk)
      const first = await give("999999")
      expect([first.status, first.data.message]).toEqual([403, "manager_pin: not approved"])
      for (let i = 0; i < 4; i++) {
        expect((await give("999999")).data.message).toBe("manager_pin: not approved")
      }
      expect(await lockedFor(world.clerks.aClerk)).toBeGreaterThan(14 * 60_000)
      const right = await give(PINS.manager)
      expect([right.status, right.data.message]).toEqual([403, "manager_pin: not approved"])
    })

    it("PIN burst: 50 parallel guesses from rotating X-Forwarded-For evaluate at most 5 and lock the clerk", async () => {
      const dev = await device(world.a.id)
      // 49 wrong guesses and, sent last, the right PIN: evaluated, it would sign the attacker in
      const pins = Array.from({ length: 49 }, (_, i) => String(2000 + i)).concat(PINS.clerk)
      const guesses = await Promise.all(
        pins.map((pin, i) =>
          post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin }, { headers: { ...dev.headers, "x-forwarded-for": `198.51.100.${i + 1}` } })
        )
      )
      const evaluatedWrong = guesses.filter((g) => g.status === 401)
      expect(evaluatedWrong.length).toBeLessThanOrEqual(4)
      expect(guesses.map((g) => g.status).filter((s) => s !== 401 && s !== 429)).toEqual([])
      expect(await lockedFor(world.clerks.aClerk)).toBeGreaterThan(14 * 60_000)
      const right = await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: PINS.clerk }, dev)
      expect(right.status).toBe(429)
    })

    it("revokes a device by the operator and every device of a deleted counter, and keeps last seen", async () => {
      const [one, two] = [await device(world.a.id), await device(world.a.id)]
      const listed = await get(`/admin/counters/${world.a.id}/devices`, await admin())
      expect(listed.status).toBe(200)
      expect(listed.data.devices.map((d: { id: string }) => d.id).sort()).toEqual([one.id, two.id].sort())
      expect(listed.data.devices[0]).toMatchObject({ last_seen_at: expect.any(String), revoked_at: null })
      expect(listed.data.devices[0].token_hash).toBeUndefined()

      // seen at most once a minute: an old sighting is renewed, a fresh one is left alone
      const longAgo = new Date(Date.now() - 5 * 60_000)
      await kiosk().updateKioskDevices({ id: one.id, last_seen_at: longAgo })
      expect((await get("/kiosk/clerks", one)).status).toBe(200)
      const seen = new Date((await kiosk().retrieveKioskDevice(one.id)).last_seen_at as Date)
      expect(Date.now() - seen.getTime()).toBeLessThan(10_000)
      await get("/kiosk/clerks", one)
      expect(new Date((await kiosk().retrieveKioskDevice(one.id)).last_seen_at as Date).getTime()).toBe(seen.getTime())

      const revoked = await post(`/admin/counters/${world.a.id}/devices/${one.id}/revoke`, {}, await admin())
      expect(revoked.status).toBe(200)
      expect(revoked.data.device.revoked_at).toEqual(expect.any(String))
      expect((await get("/kiosk/device", one)).status).toBe(401)
      expect((await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: PINS.clerk }, one)).status).toBe(401)
      expect((await post(`/admin/counters/${world.b.id}/devices/${two.id}/revoke`, {}, await admin())).status).toBe(404)

      const clerk = await login(two, world.clerks.aClerk)
      expect((await get("/kiosk/catalogue", clerk)).status).toBe(200)
      expect((await settle(api.delete(`/admin/counters/${world.a.id}`, await admin()))).status).toBe(200)
      expect((await get("/kiosk/catalogue", clerk)).status).toBe(401)
      expect((await get("/kiosk/device", two)).status).toBe(401)
    })

    it("records the signed-in clerk and refuses a sale for another clerk", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const other = await post("/kiosk/sales", sale({ clerk_id: world.clerks.aManager }), clerk)
      expect(other.status).toBe(403)
      expect(other.data.message).toMatch(/^clerk_id: /)

      const { clerk_id: _, ...withoutClerk } = sale()
      const own = await post("/kiosk/sales", withoutClerk, clerk)
      expect(own.status).toBe(201)
      expect(own.data.sale.clerk_id).toBe(world.clerks.aClerk)

      // an inactive clerk's token sells nothing, nor does a body naming an inactive clerk
      await post(`/admin/counters/${world.a.id}/clerks/${world.clerks.aManager}`, { active: false }, await admin())
      expect((await post("/kiosk/sales", sale({ clerk_id: world.clerks.aManager }), clerk)).status).toBe(403)
      await post(`/admin/counters/${world.a.id}/clerks/${world.clerks.aClerk}`, { active: false }, await admin())
      expect((await post("/kiosk/sales", sale(), clerk)).status).toBe(403)
      expect(await orderCount()).toBe(1)
    })

    it("returns at most what was sold when two returns of one sale race", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const sold = (await post("/kiosk/sales", sale(), clerk)).data.sale
      const body = { items: [{ variant_id: world.variant, quantity: 2 }], manager_pin: PINS.manager, reason: "破损", refund_method: "cash" }
      const raced = await Promise.all([1, 2, 3].map(() => post(`/kiosk/sales/${sold.id}/returns`, body, clerk)))
      expect(raced.map((r) => r.status).sort()).toEqual([201, 400, 400])
      expect(raced.filter((r) => r.status === 400).map((r) => r.data.message)).toEqual(Array(2).fill("items.0.quantity: only 0 left to return"))
      const returns = await kiosk().listKioskReturns({ sale_id: sold.id })
      expect(returns.reduce((sum, r) => sum + Number(r.amount), 0)).toBe(2 * PRICE_FEN)
      expect(await stockAt(container, world.inventoryItem, world.a.stock_location_id)).toBe(STOCK)
    })

    it("closes a cash session once when two closes race", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const opened = (await post("/kiosk/cash-sessions", { opening_float: 10_000 }, clerk)).data.cash_session
      const closes = await Promise.all([1, 2].map((i) => post(`/kiosk/cash-sessions/${opened.id}/close`, { counted: 10_000 + i }, clerk)))
      expect(closes.map((c) => c.status).sort()).toEqual([200, 400])
      const refused = closes.find((c) => c.status === 400)!
      expect(refused.data.message).toMatch(/already closed/)
      const stored = await kiosk().retrieveCashSession(opened.id)
      expect(Number(stored.counted)).toBe(closes.find((c) => c.status === 200)!.data.cash_session.counted)
    })

    it("counts a backdated cash sale in the session open when it was recorded", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const opened = (await post("/kiosk/cash-sessions", { opening_float: 10_000 }, clerk)).data.cash_session
      const anHourAgo = new Date(Date.now() - 3_600_000).toISOString()
      expect((await post("/kiosk/sales", sale({ sold_at: anHourAgo }), clerk)).status).toBe(201)
      expect((await get("/kiosk/cash-sessions/current", clerk)).data.cash_session.expected_cash).toBe(10_000 + 2 * PRICE_FEN)
      const closed = await post(`/kiosk/cash-sessions/${opened.id}/close`, { counted: 10_000 + 2 * PRICE_FEN }, clerk)
      expect(closed.data.cash_session).toMatchObject({ expected: 10_000 + 2 * PRICE_FEN, discrepancy: 0 })
    })

    it("stores kiosk money as bigint: a float beyond 2^31 fen", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const float = 3_000_000_000
      const opened = await post("/kiosk/cash-sessions", { opening_float: float }, clerk)
      expect(opened.status).toBe(201)
      expect(opened.data.cash_session).toMatchObject({ opening_float: float, expected_cash: float })
      const columns = await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION).raw(
        `select table_name || '.' || column_name as col from information_schema.columns
         where data_type = 'integer' and table_name like 'kiosk_%' and column_name <> 'failed_attempts' and column_name <> 'display_id'`
      )
      expect(columns.rows).toEqual([])
    })

    it("takes over a claim left by a process that died, and refuses the key for another sale", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const body = sale()
      // what a process that died right after claiming the key leaves behind
      await kiosk().createKioskSales({
        idempotency_key: body.idempotency_key,
        counter_id: world.a.id,
        clerk_id: world.clerks.aClerk,
        sold_at: new Date(body.sold_at),
        body_hash: saleFingerprint(body),
        claimed_until: new Date(Date.now() - 1000),
      } as any)
      const started = Date.now()
      const resent = await post("/kiosk/sales", body, clerk)
      expect(resent.status).toBe(201)
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(resent.data.sale.order_id).toEqual(expect.any(String))
      expect((await post("/kiosk/sales", body, clerk)).data.sale.order_id).toBe(resent.data.sale.order_id)
      expect(await orderCount()).toBe(1)

      const different = await post("/kiosk/sales", { ...body, items: [{ variant_id: world.variant, quantity: 5, unit_price: PRICE_FEN }] }, clerk)
      expect(different.status).toBe(409)
      expect(different.data.message).toMatch(/^idempotency_key: /)
      expect(await orderCount()).toBe(1)
    })

    it("binds the order a booking made before its process died instead of making a second one", async () => {
      const clerk = await login(await device(world.a.id), world.clerks.aClerk)
      const body = sale()
      // the dead process got as far as the order, but never bound it to its claim
      const [orphan] = await container.resolve(Modules.ORDER).createOrders([
        {
          currency_code: "cny",
          sales_channel_id: world.a.sales_channel_id,
          items: [{ title: "莎车巴旦木 500g", variant_id: world.variant, quantity: 2, unit_price: 12.34 }],
          metadata: { kiosk: { idempotency_key: body.idempotency_key, counter_id: world.a.id } },
        },
      ])
      await kiosk().createKioskSales({
        idempotency_key: body.idempotency_key,
        counter_id: world.a.id,
        clerk_id: world.clerks.aClerk,
        sold_at: new Date(body.sold_at),
        body_hash: saleFingerprint(body),
        claimed_until: new Date(Date.now() - 1000),
      } as any)
      const resent = await post("/kiosk/sales", body, clerk)
      expect(resent.status).toBe(201)
      expect(resent.data.sale).toMatchObject({ order_id: orphan.id, flagged: true })
      expect(resent.data.sale.flags).toContainEqual(expect.objectContaining({ kind: "booking_recovered" }))
      expect(await orderCount()).toBe(1)
    })
  },
})
