// A targets import is all or nothing even when the database refuses a write half-way: the rows
// already updated are rolled back with it. The failure is real: a trigger in the test database
// refuses one row's insert after the import has updated another.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue } from "./fixtures"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let db: Knex
    const post = (url: string, body: unknown) => settle(api.post(url, body, admin))
    const targets = async () =>
      (await api.get("/admin/reporting/targets?year=2025", admin)).data.targets
        .map((t: { level: string; scope_code: string; amount_fen: number; note: string | null }) => [t.level, t.scope_code, t.amount_fen, t.note])
        .sort()

    beforeEach(async () => {
      const container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await createCatalogue(container)
      admin = await adminHeaders(container)
      await db.raw(`
        create or replace function refuse_county_653124() returns trigger language plpgsql as $$
        begin raise exception 'refused by the test: %', new.scope_code; end $$;
        drop trigger if exists refuse_county_653124 on support_target;
        create trigger refuse_county_653124 before insert on support_target
          for each row when (new.scope_code = '653124') execute function refuse_county_653124();`)
    })

    afterEach(async () => {
      await db.raw(`drop trigger if exists refuse_county_653124 on support_target`)
    })

    it("keeps every target as it was when a write fails mid-way through an import", async () => {
      expect((await post("/admin/reporting/targets", { year: 2025, level: "all", amount_fen: 100, note: "before" })).status).toBe(201)
      expect((await post("/admin/reporting/targets", { year: 2025, level: "province", scope_code: "65", amount_fen: 200 })).status).toBe(201)
      const before = await targets()
      expect(before).toEqual([
        ["all", "", 100, "before"],
        ["province", "65", 200, null],
      ])

      const csv = [
        "year,level,scope_code,amount_yuan,note",
        "2025,all,,12000,after", // an update, written first
        "2025,province,65,3000,", // another update
        "2025,county,653125,1000,", // a new target
        "2025,county,653124,500,", // a new target the database refuses
      ].join("\r\n")
      const failed = await post("/admin/reporting/targets/import", { csv })
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(await targets()).toEqual(before)

      // the same file goes through once the database accepts it
      await db.raw(`drop trigger refuse_county_653124 on support_target`)
      const ok = await post("/admin/reporting/targets/import", { csv })
      expect([ok.status, ok.data]).toEqual([200, { imported: 4, created: 2, updated: 2 }])
      expect(await targets()).toEqual([
        ["all", "", 1_200_000, "after"],
        ["county", "653124", 50_000, null],
        ["county", "653125", 100_000, null],
        ["province", "65", 300_000, null],
      ])
    })
  },
})
