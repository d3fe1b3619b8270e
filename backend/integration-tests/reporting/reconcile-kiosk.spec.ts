// A counter sale made offline reaches the server days after it was sold: its order is created
// today, its sale belongs to the day it was sold. Reconciling that day alone must find it (by the
// kiosk's record of the sale), and its return, booked today, must be repaired on today's run.
import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { syncOrders } from "../../src/reporting/ledger/sync-orders"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { businessDate } from "../../src/reporting/shanghai-date"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createKioskWorld, PINS, PRICE_FEN, type KioskWorld } from "../kiosk/fixtures"
import { reconcileViaApi, useOwnReportingQueue } from "./fixtures"
import { ledgerSnapshot, tallySnapshot } from "./snapshots"

jest.setTimeout(240_000)

useOwnReportingQueue()

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let world: KioskWorld
    let admin: Headers
    const post = (url: string, body: unknown, h: Headers) => settle(api.post(url, body, h))

    const clerkAtA = async (): Promise<Headers> => {
      const code = await post(`/admin/counters/${world.a.id}/setup-codes`, {}, admin)
      const registered = await post("/kiosk/devices", { code: code.data.setup_code.code }, { headers: {} })
      const dev = { headers: { "x-kiosk-device": registered.data.device_token } }
      const login = await post("/kiosk/auth/pin", { clerk_id: world.clerks.aClerk, pin: PINS.clerk }, dev)
      expect(login.status).toBe(200)
      return { headers: { ...dev.headers, authorization: `Bearer ${login.data.token}` } }
    }
    const reconcile = (from: string, to: string) => reconcileViaApi(api, admin, { from_date: from, to_date: to })

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      world = await createKioskWorld(container)
      admin = await adminHeaders(container)
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
    })

    afterAll(async () => {
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
    })

    it("repairs a late-synced counter sale on the day it was sold and its return on the day it came back", async () => {
      const clerk = await clerkAtA()
      const soldAt = new Date(Date.now() - 4 * 86_400_000)
      const soldOn = businessDate(soldAt).date
      const today = businessDate(new Date()).date
      const sold = await post(
        "/kiosk/sales",
        {
          idempotency_key: randomUUID(),
          sold_at: soldAt.toISOString(),
          clerk_id: world.clerks.aClerk,
          items: [{ variant_id: world.variant, quantity: 3, unit_price: PRICE_FEN }],
          payment: { method: "cash", amount: 3 * PRICE_FEN, tendered: 5000 },
        },
        clerk
      )
      expect(sold.status).toBe(201)
      const { id: saleId, order_id: orderId } = sold.data.sale
      const returned = await post(
        `/kiosk/sales/${saleId}/returns`,
        { items: [{ variant_id: world.variant, quantity: 1 }], manager_pin: PINS.manager, reason: "包装破损", refund_method: "cash" },
        clerk
      )
      expect(returned.status).toBe(201)
      await syncOrders(container, [orderId])

      const ledger = await ledgerSnapshot(db)
      const tallies = await tallySnapshot(db)
      expect(ledger.filter((e) => e.amount_fen !== 0).map((e) => [e.kind, e.amount_fen, e.quantity, e.entry_date, e.sale_date, e.channel_kind])).toEqual([
        ["return", -PRICE_FEN, -1, today, soldOn, "counter"],
        ["sale", 3 * PRICE_FEN, 3, soldOn, soldOn, "counter"],
      ])
      // the order itself reached the server today
      const [{ created_on }] = (await db.raw(`select (created_at at time zone 'Asia/Shanghai')::date::text created_on from "order" where id = ?`, [orderId])).rows
      expect(created_on).toBe(today)

      const [sale] = (await db.raw(`select kind, source_id, line_item_id from sales_ledger_entry where order_id = ? and kind = 'sale'`, [orderId])).rows
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteEntries([sale])
      await db.raw(`update sales_ledger_entry set amount_fen = amount_fen + 1 where order_id = ? and kind = 'return'`, [orderId])

      // the day it was sold, alone: the sale is found although its order is four days younger
      expect(await reconcile(soldOn, soldOn)).toMatchObject({ orders_total: 1, differences_found: 1, repaired: 1 })
      expect(await reconcile(today, today)).toMatchObject({ orders_total: 1, differences_found: 1, repaired: 1 })
      expect(await ledgerSnapshot(db)).toEqual(ledger)
      expect(await tallySnapshot(db)).toEqual(tallies)
      expect(await reconcile(soldOn, today)).toMatchObject({ differences_found: 0 })
    })
  },
})
