import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { closeLedgerQueues, ledgerQueue } from "../../src/reporting/queue/enqueue"
import { reportingQueueConfig } from "../../src/reporting/queue/config"
import seedDemoSales from "../../src/scripts/seed-demo-sales"
import { useOwnReportingQueue } from "./fixtures"

jest.setTimeout(600_000)

useOwnReportingQueue()

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    const run = (orders: number) => {
      process.env.DEMO_SALES_ORDERS = String(orders)
      process.env.DEMO_SALES_YEAR = "2025"
      return seedDemoSales({ container, args: [] } as unknown as ExecArgs)
    }
    const one = async (sql: string) => (await db.raw(sql)).rows[0]

    beforeAll(() => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    })

    afterAll(async () => {
      await ledgerQueue(reportingQueueConfig()).obliterate({ force: true })
      await closeLedgerQueues()
      delete process.env.DEMO_SALES_ORDERS
      delete process.env.DEMO_SALES_YEAR
    })

    it("books a past year of demo orders through the queue, reconciles it and sets its targets; a re-run tops up", async () => {
      // seeds the catalogue itself on an empty database
      await run(120)
      const orders = await one(`select count(*)::int n, count(distinct sales_channel_id)::int channels from "order" where metadata->>'demo_sales' = '2025'`)
      expect(orders.n).toBe(120)
      expect(orders.channels).toBeGreaterThan(3)
      const ledger = await one(
        `select count(distinct order_id) filter (where kind = 'sale' and channel_kind <> 'partner')::int as sold,
           count(distinct order_id) filter (where kind = 'sale' and channel_kind = 'partner')::int as partner_sold,
           min(sale_date)::text as first, max(sale_date)::text as last,
           count(*) filter (where kind <> 'sale')::int as reductions,
           count(*) filter (where not certified)::int as uncertified,
           count(distinct channel_kind)::int as kinds,
           bool_and(amount_fen < 0) filter (where kind <> 'sale') as negative
         from sales_ledger_entry`
      )
      expect(ledger).toMatchObject({ sold: 120, negative: true })
      // the partners' year of feeds is booked beside the orders, once
      expect(ledger.partner_sold).toBeGreaterThan(0)
      expect(ledger.first >= "2025-01-01" && ledger.last <= "2025-12-31").toBe(true)
      expect(ledger.reductions).toBeGreaterThan(0)
      expect(ledger.uncertified).toBeGreaterThan(0)
      expect(ledger.kinds).toBeGreaterThan(2)
      // the tallies the console reads agree with the ledger
      const sums = await one(
        `select (select sum(amount_fen) from sales_ledger_entry)::bigint as ledger,
           (select sum(sale_fen + reduction_fen) from sales_tally)::bigint as tallies`
      )
      expect(sums.tallies).toBe(sums.ledger)
      const recon = await one(`select status, differences_found, orders_total from reconciliation_run order by started_at desc limit 1`)
      expect(recon).toMatchObject({ status: "succeeded", differences_found: 0 })
      expect(recon.orders_total).toBeGreaterThanOrEqual(120)
      const levels = (await db.raw(`select level, count(*)::int n from support_target where year = 2025 group by 1 order by 1`)).rows
      expect(levels.map((l: { level: string }) => l.level)).toEqual(["all", "county", "district", "province"])

      await run(120)
      expect((await one(`select count(*)::int n from "order" where metadata->>'demo_sales' = '2025'`)).n).toBe(120)
      await run(150)
      const topped = await one(
        `select count(*)::int n, count(distinct metadata->>'demo_seq')::int seqs from "order" where metadata->>'demo_sales' = '2025'`
      )
      expect(topped).toEqual({ n: 150, seqs: 150 })
      const booked = await one(
        `select count(distinct order_id) filter (where channel_kind <> 'partner')::int as sold,
           count(distinct order_id) filter (where channel_kind = 'partner')::int as partner_sold
         from sales_ledger_entry where kind = 'sale'`
      )
      expect(booked).toEqual({ sold: 150, partner_sold: ledger.partner_sold })
    })
  },
})
