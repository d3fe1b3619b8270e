import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PUBLIC_STATS_CACHE_KEY } from "../../src/modules/support/queries/public-stats"
import { businessDate } from "../../src/reporting/shanghai-date"
import { storefront } from "../helpers/actors"
import { settle } from "../helpers/http"
import { refundOrder, createCatalogue, eventually, placeOrder, type Catalogue } from "./fixtures"

jest.setTimeout(240_000)

// No Redis for this suite: the subscriber books orders in-process, the development fallback.
delete process.env.REPORTING_REDIS_URL
delete process.env.REDIS_URL

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let catalogue: Catalogue
    let db: Knex

    const booked = (orders: string[]) =>
      eventually(async () => {
        const { rows } = await db.raw(`select count(distinct order_id)::int n from sales_ledger_entry where order_id = any(?)`, [orders])
        expect(rows[0].n).toBe(orders.length)
      })

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      catalogue = await createCatalogue(container)
    })

    it("counts this Shanghai year's counted net sales and their counties, cached for a minute", async () => {
      const shop = await storefront(container)
      const refunded = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
      const orders = [
        refunded,
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }], catalogue.counterChannelId),
        // an uncertified good of an unpaired county does not count toward the targets
        await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 1 }]),
      ]
      await refundOrder(container, refunded, 5)
      await booked(orders)
      await eventually(async () => {
        const { rows } = await db.raw(`select count(*)::int n from sales_ledger_entry where kind = 'refund'`)
        expect(rows[0].n).toBe(1)
      })

      expect((await settle(api.get("/store/stats/consumption"))).status).toBe(400)
      const first = await api.get("/store/stats/consumption", shop.headers)
      // 1 × 12.34 + 2 × 12.34 − 5.00 refunded, in fen
      expect(first.data.stats).toEqual({ year: businessDate(new Date()).year, amount_fen: 3202, county_count: 1, currency_code: "cny" })
      expect(first.headers["cache-control"]).toMatch(/public, max-age=60/)

      const later = await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }])
      await booked([later])
      expect((await api.get("/store/stats/consumption", shop.headers)).data.stats.amount_fen).toBe(3202)

      await container.resolve<ICacheService>(Modules.CACHE).invalidate(PUBLIC_STATS_CACHE_KEY)
      expect((await api.get("/store/stats/consumption", shop.headers)).data.stats.amount_fen).toBe(3202 + 1234)
    })
  },
})
