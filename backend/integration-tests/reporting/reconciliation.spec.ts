import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import IORedis from "ioredis"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { syncOrders } from "../../src/reporting/ledger/sync-orders"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { businessDate } from "../../src/reporting/shanghai-date"
import { adminHeaders } from "../helpers/actors"
import { createCatalogue, eventually, placeOrder, reconcileViaApi, type Catalogue, useOwnReportingQueue } from "./fixtures"

jest.setTimeout(240_000)

const run = useOwnReportingQueue()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let catalogue: Catalogue
    let admin: { headers: Record<string, string> }
    const today = () => businessDate(new Date()).date

    const totals = async () =>
      (
        await db.raw(
          `select county_code, counts_toward_target, sum(sale_fen)::int sale, sum(reduction_fen)::int reduction,
                  sum(quantity)::int quantity, sum(entries)::int entries
           from sales_tally group by 1, 2 having sum(entries) <> 0 order by 1, 2`
        )
      ).rows
    const ledgerSums = async () =>
      (
        await db.raw(
          `select county_code, counts_toward_target, sum(amount_fen) filter (where kind = 'sale')::int sale,
                  coalesce(sum(amount_fen) filter (where kind <> 'sale'), 0)::int reduction,
                  sum(quantity)::int quantity, count(*)::int entries
           from sales_ledger_entry group by 1, 2 order by 1, 2`
        )
      ).rows
    const reconcile = (body: Record<string, unknown>) => reconcileViaApi(api, admin, body)

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

    it("finds, reports and repairs missing, changed and stray entries, tallies included", async () => {
      const orders = [
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 1 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }]),
      ]
      await syncOrders(container, orders)
      const exact = await totals()
      expect(exact).toEqual(await ledgerSums())

      // Damage the ledger three ways, keeping the tallies consistent with the damage as a
      // faulty writer would have.
      const [victim] = (await db.raw(`select kind, source_id, line_item_id from sales_ledger_entry where order_id = ?`, [orders[0]])).rows
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteEntries([victim])
      await db.raw(`update sales_ledger_entry set amount_fen = amount_fen + 1 where order_id = ?`, [orders[1]])
      const [template] = (await db.raw(`select * from sales_ledger_entry where order_id = ?`, [orders[2]])).rows
      const { id: _id, recorded_at: _recorded, ...stray } = template
      await container.resolve<SupportModuleService>(SUPPORT_MODULE).writeEntries([{ ...stray, source_id: "order_gone", order_id: "order_gone", entry_date: today(), sale_date: today() }])
      expect(await totals()).not.toEqual(exact)

      const dryRun = await reconcile({ from_date: today(), to_date: today(), repair: false })
      expect(dryRun).toMatchObject({ trigger: "admin", differences_found: 3, repaired: 0, orders_total: 4, orders_done: 4 })

      const repaired = await reconcile({ from_date: today(), to_date: today() })
      expect(repaired).toMatchObject({ differences_found: 3, repaired: 3, from_date: today(), to_date: today() })
      expect(repaired.differences.sample.map((d: { kind: string }) => d.kind).sort()).toEqual(["changed", "extra", "missing"])
      expect(repaired.differences.sample.find((d: { kind: string }) => d.kind === "changed").columns).toEqual(["amount_fen"])
      // totals match the ledger, which the drift had made inconsistent for the changed row
      expect(await totals()).toEqual(await ledgerSums())
      expect(await ledgerSums()).toEqual(exact)

      const clean = await reconcile({ from_date: today(), to_date: today() })
      expect(clean).toMatchObject({ differences_found: 0, repaired: 0 })
      const { data } = await api.get("/admin/reporting/reconciliations", admin)
      expect(data.count).toBe(3)
    })

    it("restores exact totals after the queue's Redis keys are flushed with jobs pending", async () => {
      const orders = [
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 3 }]),
      ]
      const queue = ledgerQueue(reportingQueueConfig())
      // each order's placing and its payment's capture
      await eventually(async () => expect(await queue.getWaitingCount()).toBe(4))
      // Only this run's keys: the Redis is shared with other test runs.
      const redis = new IORedis(reportingQueueConfig().redisUrl as string)
      const keys = await redis.keys(`${run}:*`)
      expect(keys.length).toBeGreaterThan(0)
      await redis.del(...keys)
      await redis.quit()
      expect(await queue.getWaitingCount()).toBe(0)
      expect(await totals()).toEqual([])

      const result = await reconcile({ from_date: today(), to_date: today() })
      expect(result).toMatchObject({ differences_found: 2, repaired: 2, orders_total: 2 })
      expect(await totals()).toEqual([
        { county_code: "653124", counts_toward_target: false, sale: 3702, reduction: 0, quantity: 3, entries: 1 },
        { county_code: "653125", counts_toward_target: true, sale: 2468, reduction: 0, quantity: 2, entries: 1 },
      ])
      // the repaired entries are those of the two orders whose jobs were flushed
      const booked = (await db.raw(`select order_id, county_code from sales_ledger_entry order by county_code`)).rows
      expect(booked).toEqual([
        { order_id: orders[1], county_code: "653124" },
        { order_id: orders[0], county_code: "653125" },
      ])
    })
  },
})
