import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import type { LedgerEntry } from "../../src/reporting/ledger/types"

jest.setTimeout(240_000)

const entry = (overrides: Partial<LedgerEntry>): LedgerEntry => ({
  kind: "sale",
  source_id: "order_1",
  line_item_id: "item_1",
  order_id: "order_1",
  product_id: "prod_1",
  occurred_at: new Date("2024-03-01T02:00:00Z"),
  entry_date: "2024-03-01",
  year: 2024,
  month: 3,
  sale_date: "2024-03-01",
  county_id: "cty_1",
  county_code: "653125",
  prefecture_code: "6531",
  province_code: "65",
  partner_district: null,
  paired: true,
  channel_id: null,
  channel_kind: "online",
  counter_id: null,
  certified: true,
  counts_toward_target: true,
  quantity: 1,
  amount_fen: 1000,
  currency_code: "cny",
  ...overrides,
})

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let db: Knex
    let support: SupportModuleService
    const tallies = async () =>
      (
        await db.raw(
          `select county_code, partner_district, sale_fen::int, reduction_fen::int, quantity::int, entries::int
           from sales_tally where entries <> 0 order by county_code`
        )
      ).rows

    beforeEach(() => {
      db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      support = getContainer().resolve<SupportModuleService>(SUPPORT_MODULE)
    })

    it("inserts new entries once and tallies only what was inserted", async () => {
      const batch = [
        entry({}),
        entry({ line_item_id: "item_2", amount_fen: 250, quantity: 2 }),
        entry({ kind: "refund", source_id: "ref_1", amount_fen: -100, quantity: 0 }),
      ]
      expect(await support.writeEntries(batch)).toBe(3)
      expect(await support.writeEntries(batch)).toBe(0)
      expect(await support.writeEntries([...batch, entry({ line_item_id: "item_3", amount_fen: 1 })])).toBe(1)
      expect(await tallies()).toEqual([
        { county_code: "653125", partner_district: null, sale_fen: 1251, reduction_fen: -100, quantity: 4, entries: 4 },
      ])
    })

    it("books a replayed batch once, and of a batch mixing booked and new entries only the new ones", async () => {
      // more rows than one COPY chunk (1,000), so the staging path's chunks are all covered
      const all = Array.from({ length: 2500 }, (_, i) =>
        entry({ source_id: `order_${Math.floor(i / 4)}`, line_item_id: `item_${i}`, county_code: i % 3 ? "653125" : "530828", amount_fen: 1 + i })
      )
      const firstHalf = all.slice(0, 1200)
      expect(await support.writeEntries(firstHalf)).toBe(1200)
      expect(await support.writeEntries(firstHalf)).toBe(0)
      expect(await support.writeEntries(all)).toBe(1300)
      expect(await support.writeEntries(all)).toBe(0)
      const { rows } = await db.raw(
        `select (select count(*) from sales_ledger_entry)::int as entries,
                (select sum(amount_fen) from sales_ledger_entry)::bigint::int as ledger,
                (select sum(sale_fen) from sales_tally)::bigint::int as tallied,
                (select sum(entries) from sales_tally)::int as tally_entries`
      )
      expect(rows[0]).toEqual({ entries: 2500, ledger: (2500 * 2501) / 2, tallied: (2500 * 2501) / 2, tally_entries: 2500 })
    })

    it("books an entry given twice in one batch once", async () => {
      expect(await support.writeEntries([entry({}), entry({ line_item_id: "item_2" }), entry({})])).toBe(2)
      expect(await tallies()).toEqual([
        { county_code: "653125", partner_district: null, sale_fen: 2000, reduction_fen: 0, quantity: 2, entries: 2 },
      ])
    })

    it("stores every value as given, tabs, newlines, backslashes, Chinese and nulls included", async () => {
      const odd = entry({
        source_id: "partner:ptnr_1:R\t1\tab\there",
        line_item_id: "partner:ptnr_1:R\t1\tab\there#1",
        order_id: "partner:ptnr_1:R\t1\tab\there".replace("R", "R\r\n"),
        product_id: null,
        occurred_at: new Date("2024-03-01T02:00:00.123Z"),
        county_id: null,
        county_code: null,
        prefecture_code: null,
        province_code: null,
        partner_district: "宝山区",
        channel_id: "ptnr_1",
        channel_kind: "partner",
        counter_id: "pout_\\N",
        paired: false,
        certified: false,
        counts_toward_target: false,
        quantity: -2,
        amount_fen: -9_007_199_254_740,
      })
      const weird = { ...odd, source_id: "a\tb\nc\\d\re\\N", line_item_id: "\\N" }
      expect(await support.writeEntries([odd, weird])).toBe(2)
      const booked = await support.bookedEntries([odd, weird])
      expect(booked.sort((a, b) => a.source_id.localeCompare(b.source_id))).toEqual([weird, odd].sort((a, b) => a.source_id.localeCompare(b.source_id)))
    })

    it("stays exact when overlapping batches race each other", async () => {
      const all = Array.from({ length: 200 }, (_, i) =>
        entry({ line_item_id: `item_${i}`, county_code: i % 2 ? "653125" : "530828", amount_fen: i })
      )
      const batches = Array.from({ length: 8 }, (_, b) => all.filter((_, i) => (i + b) % 3 !== 0))
      const inserted = await Promise.all(batches.map((batch) => support.writeEntries(batch)))
      expect(inserted.reduce((a, b) => a + b, 0)).toBe(200)
      const rows = await tallies()
      expect(rows.reduce((sum: number, r: { sale_fen: number }) => sum + r.sale_fen, 0)).toBe((199 * 200) / 2)
      expect(rows.reduce((sum: number, r: { entries: number }) => sum + r.entries, 0)).toBe(200)
    })

    it("takes deleted entries back out of the tallies", async () => {
      await support.writeEntries([entry({}), entry({ line_item_id: "item_2", amount_fen: 5 })])
      expect(await support.deleteEntries([{ kind: "sale", source_id: "order_1", line_item_id: "item_2" }])).toBe(1)
      expect(await support.deleteEntries([{ kind: "sale", source_id: "order_1", line_item_id: "item_2" }])).toBe(0)
      expect(await tallies()).toEqual([
        { county_code: "653125", partner_district: null, sale_fen: 1000, reduction_fen: 0, quantity: 1, entries: 1 },
      ])
    })
  },
})
