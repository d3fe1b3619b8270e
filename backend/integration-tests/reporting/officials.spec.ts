import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import ExcelJS from "exceljs"
import { SUPPORT_MODULE } from "../../src/modules/support"
import { adminHeaders } from "../helpers/actors"
import { createCatalogue, eventually, placeOrder, type Catalogue } from "./fixtures"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

// No Redis for this suite: the subscriber books orders in-process, the development fallback.
delete process.env.REPORTING_REDIS_URL
delete process.env.REDIS_URL


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let catalogue: Catalogue
    let admin: { headers: Record<string, string> }
    const year = new Date().getFullYear()

    const createOfficial = (body: Record<string, unknown>) =>
      settle(api.post("/admin/reporting/officials", { password: "s3cret-pass", ...body }, admin))
    const login = async (email: string) => {
      const { data } = await api.post("/auth/official/emailpass", { email, password: "s3cret-pass" })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    beforeEach(async () => {
      container = getContainer()
      catalogue = await createCatalogue(container)
      admin = await adminHeaders(container)
      const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const orders = [
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }], catalogue.counterChannelId),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 1 }]),
      ]
      await eventually(async () => {
        const { rows } = await db.raw(`select count(distinct order_id)::int n from sales_ledger_entry`)
        expect(rows[0].n).toBe(orders.length)
      })
      await container.resolve<any>(SUPPORT_MODULE).createSupportTargets([
        { year, level: "county", scope_code: "653125", amount: 10000 },
        { year, level: "all", scope_code: "", amount: 100000 },
      ])
    })

    it("lets operators create officials, who sign in as the official actor", async () => {
      const created = await createOfficial({ email: "city@gov.test", name: "City reader" })
      expect(created.status).toBe(201)
      expect(created.data.official).toMatchObject({ email: "city@gov.test", district_zh: null })
      const scoped = await createOfficial({ email: "baoshan@gov.test", name: "Baoshan reader", district: "Baoshan" })
      expect(scoped.data.official.district_zh).toBe("宝山区")

      expect((await createOfficial({ email: "city@gov.test", name: "Again" })).status).toBe(400)
      const bad = await createOfficial({ email: "x@gov.test", name: "X", district: "朝阳区" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/district: 朝阳区 is not one of Shanghai's 16 districts/)

      const me = await api.get("/officials/me", await login("city@gov.test"))
      expect(me.data.official.email).toBe("city@gov.test")
      expect((await settle(api.get("/officials/me"))).status).toBe(401)
      expect((await settle(api.get("/officials/me", admin))).status).toBe(401)
      expect((await settle(api.post("/admin/reporting/officials", {}, await login("city@gov.test")))).status).toBe(401)
    })

    it("reports progress, months, rankings and the orders behind them", async () => {
      await createOfficial({ email: "city@gov.test", name: "City reader" })
      const official = await login("city@gov.test")

      const all = await api.get(`/officials/reports/progress?year=${year}`, official)
      expect(all.data.progress).toEqual([
        expect.objectContaining({
          scope_code: null,
          actual_fen: 3702,
          uncounted_fen: 1234,
          gross_fen: 4936,
          net_fen: 4936,
          target_fen: 100000,
          completion: 0.037,
          certified_share: 0.75,
        }),
      ])

      const counties = await api.get(`/officials/reports/progress?year=${year}&level=county&province=65`, official)
      expect(counties.data.progress.map((r: any) => [r.scope_code, r.actual_fen, r.uncounted_fen, r.target_fen, r.completion])).toEqual([
        ["653125", 3702, 0, 10000, 0.3702],
        ["653124", 0, 1234, null, null],
      ])

      const months = await api.get(`/officials/reports/monthly?year=${year}`, official)
      expect(months.data.months).toHaveLength(12)
      expect(months.data.months.reduce((sum: number, m: any) => sum + m.actual_fen, 0)).toBe(3702)

      const counters = await api.get(`/officials/reports/rankings?year=${year}&by=counter`, official)
      expect(counters.data.rankings).toEqual([expect.objectContaining({ rank: 1, scope_code: catalogue.counterId, actual_fen: 2468 })])

      const page1 = await api.get(`/officials/reports/orders?year=${year}&county=653125&limit=1`, official)
      expect(page1.data.count).toBe(2)
      expect(page1.data.orders).toHaveLength(1)
      const page2 = await api.get(`/officials/reports/orders?year=${year}&county=653125&limit=1&offset=1`, official)
      expect(page2.data.orders[0].order_id).not.toBe(page1.data.orders[0].order_id)
      const uncounted = await api.get(`/officials/reports/orders?year=${year}&counts_toward_target=false`, official)
      expect(uncounted.data.orders.map((o: any) => o.net_fen)).toEqual([1234])

      expect((await settle(api.get(`/officials/reports/progress?year=nope`, official))).status).toBe(400)
    })

    it("exports any report as CSV and XLSX", async () => {
      await createOfficial({ email: "city@gov.test", name: "City reader" })
      const official = await login("city@gov.test")
      const csv = await api.get(`/officials/reports/progress?year=${year}&level=county&format=csv`, official)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = csv.data.replace(/^\uFEFF/, "").trim().split("\r\n")
      expect(lines[0]).toMatch(/^scope_code,actual_fen,actual_yuan,/)
      expect(lines[1]).toMatch(/^653125,3702,37\.02,/)

      const xlsx = await api.get(`/officials/reports/rankings?year=${year}&by=county&format=xlsx`, {
        ...official,
        responseType: "arraybuffer",
      })
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.data)
      const sheet = book.getWorksheet("rankings")!
      expect(sheet.getRow(1).getCell(1).value).toBe("rank")
      expect(sheet.getRow(2).getCell(2).value).toBe("653125")
    })

    it("holds a district-scoped official to their district's pairings", async () => {
      await createOfficial({ email: "baoshan@gov.test", name: "Baoshan", district: "宝山区" })
      await createOfficial({ email: "jiading@gov.test", name: "Jiading", district: "嘉定区" })
      const baoshan = await login("baoshan@gov.test")
      const jiading = await login("jiading@gov.test")

      const own = await api.get(`/officials/reports/progress?year=${year}&level=county`, baoshan)
      expect(own.data.filter.district).toBe("宝山区")
      expect(own.data.progress.map((r: any) => [r.scope_code, r.actual_fen])).toEqual([["653125", 3702]])
      expect((await api.get(`/officials/reports/orders?year=${year}`, baoshan)).data.count).toBe(2)

      expect((await settle(api.get(`/officials/reports/progress?year=${year}&district=嘉定区`, baoshan))).status).toBe(403)
      expect((await settle(api.get(`/officials/reports/orders?year=${year}&district=Jiading`, baoshan))).status).toBe(403)
      // nor another district's counties through their targets
      const other = await api.get(`/officials/reports/progress?year=${year}&level=county`, jiading)
      expect(other.data.progress).toEqual([])
      expect((await api.get(`/officials/reports/orders?year=${year}`, jiading)).data.count).toBe(0)
    })

    it("refuses every officials route once an operator removed the official, though their token is still valid", async () => {
      const created = await createOfficial({ email: "gone@gov.test", name: "Gone", district: "宝山区" })
      const gone = await login("gone@gov.test")
      const urls = [
        "/officials/me",
        "/officials/regions",
        "/officials/reconciliations/latest",
        "/officials/years",
        `/officials/targets?year=${year}`,
        `/officials/reports/progress?year=${year}`,
      ]
      for (const url of urls) {
        expect([url, (await settle(api.get(url, gone))).status]).toEqual([url, 200])
      }
      const removed = await settle(api.delete(`/admin/reporting/officials/${created.data.official.id}`, admin))
      expect(removed.data).toEqual({ id: created.data.official.id, object: "official", deleted: true })
      for (const url of urls) {
        expect([url, (await settle(api.get(url, gone))).status]).toEqual([url, 401])
      }
      // a new sign-in still checks the password, but its token names no official any more
      const again = await api.post("/auth/official/emailpass", { email: "gone@gov.test", password: "s3cret-pass" })
      expect((await settle(api.get("/officials/me", { headers: { authorization: `Bearer ${again.data.token}` } }))).status).toBe(401)
      expect(JSON.parse(Buffer.from(again.data.token.split(".")[1], "base64url").toString()).actor_id).toBeFalsy()
      expect((await api.get("/admin/reporting/officials", admin)).data.officials).toEqual([])
      expect((await settle(api.delete(`/admin/reporting/officials/${created.data.official.id}`, admin))).status).toBe(404)
    })

    it("lists the years with sales or targets, within a district official's district", async () => {
      await container.resolve<any>(SUPPORT_MODULE).createSupportTargets([
        { year: year - 2, level: "district", scope_code: "嘉定区", amount: 5000 },
        { year: year - 3, level: "district", scope_code: "宝山区", amount: 5000 },
      ])
      // Next January's refund of a December sale: a year with entries but no sales.
      await container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)("sales_tally").insert({
        year: year + 1, month: 1, partner_district: "宝山区", channel_kind: "online", certified: true,
        counts_toward_target: true, sale_fen: 0, reduction_fen: -500, quantity: -1, entries: 1,
      })
      await createOfficial({ email: "city@gov.test", name: "City reader" })
      await createOfficial({ email: "baoshan@gov.test", name: "Baoshan", district: "宝山区" })
      await createOfficial({ email: "jiading@gov.test", name: "Jiading", district: "嘉定区" })
      const years = async (email: string) => (await api.get("/officials/years", await login(email))).data.years

      expect(await years("city@gov.test")).toEqual([
        { year, has_sales: true, has_targets: true },
        { year: year - 2, has_sales: false, has_targets: true },
        { year: year - 3, has_sales: false, has_targets: true },
      ])
      // the city-wide and county targets are not Baoshan's own
      expect(await years("baoshan@gov.test")).toEqual([
        { year, has_sales: true, has_targets: false },
        { year: year - 3, has_sales: false, has_targets: true },
      ])
      expect(await years("jiading@gov.test")).toEqual([{ year: year - 2, has_sales: false, has_targets: true }])
      expect((await settle(api.get("/officials/years", admin))).status).toBe(401)
    })
  },
})
