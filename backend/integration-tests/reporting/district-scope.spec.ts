// A district-scoped official sees their district's pairings only, on every report and in every
// export: monthly, rankings, CSV and XLSX, and when they name another district's county or a
// province that holds counties of both districts.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import ExcelJS from "exceljs"
import { ORIGIN_MODULE } from "../../src/modules/origin"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue, eventually, placeOrder, type Catalogue } from "./fixtures"

jest.setTimeout(240_000)

// No Redis for this suite: the subscriber books orders in-process, the development fallback.
delete process.env.REPORTING_REDIS_URL
delete process.env.REDIS_URL

type Headers = { headers: Record<string, string> }
type Row = Record<string, string | number | null>

const csvRows = (text: string): Row[] => {
  // the exports quote nothing in these rows: codes, numbers and district names without commas
  const [header, ...lines] = text.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","))
  return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let catalogue: Catalogue
    let baoshan: Headers
    let jiading: Headers
    let orders: string[]
    const year = new Date().getFullYear()
    // 莎车县 (653125) is paired with 宝山区, 泽普县 (653124) with 嘉定区, both in province 65
    const BAOSHAN_NET = 3 * 1234
    const JIADING_NET = 4 * 1234

    const get = (url: string, who: Headers) => settle(api.get(url, who))
    const download = (url: string, who: Headers) => settle(api.get(url, { ...who, responseType: "arraybuffer" }))
    /** Refused, or answered with nothing of another district. */
    const refusedOrEmpty = async (url: string, who: Headers, rowsOf: (data: any) => Row[]) => {
      const res = await get(url, who)
      if (res.status === 403) {
        return
      }
      expect([url, res.status]).toEqual([url, 200])
      const rows = rowsOf(res.data).filter((r) => Number(r.gross_fen ?? r.net_fen ?? 0) !== 0 || r.scope_code)
      expect([url, rows]).toEqual([url, []])
    }

    beforeEach(async () => {
      container = getContainer()
      catalogue = await createCatalogue(container)
      const origin = container.resolve(ORIGIN_MODULE) as any
      const [zepu] = await origin.listCounties({ code: "653124" })
      await origin.createPairings({
        county_id: zepu.id,
        district_zh: "嘉定区",
        district_en: "Jiading",
        relation_type: "counterpart",
        valid_from: new Date("2017-01-01T00:00:00+08:00"),
      })
      const pay = async (orderId: string) => {
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at"],
          filters: { id: orderId },
        })
        const payment = data[0].payment_collections![0]!.payments![0]!
        if (!payment.captured_at) {
          await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
        }
      }
      orders = [
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 2 }]),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.certifiedVariant, quantity: 1 }], catalogue.counterChannelId),
        await placeOrder(container, catalogue, [{ variant_id: catalogue.uncertifiedVariant, quantity: 4 }]),
      ]
      for (const id of orders) {
        await pay(id)
      }
      const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await eventually(async () => {
        const { rows } = await db.raw(`select partner_district, sum(amount_fen)::int net from sales_ledger_entry group by 1 order by 1`)
        expect(rows).toEqual([
          { partner_district: "嘉定区", net: JIADING_NET },
          { partner_district: "宝山区", net: BAOSHAN_NET },
        ])
      })

      const admin = await adminHeaders(container)
      const login = async (email: string, district: string) => {
        await api.post("/admin/reporting/officials", { email, name: district, district, password: "s3cret-pass" }, admin)
        const { data } = await api.post("/auth/official/emailpass", { email, password: "s3cret-pass" })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      baoshan = await login("baoshan@gov.test", "宝山区")
      jiading = await login("jiading@gov.test", "嘉定区")
    })

    it("holds monthly figures and rankings to the official's district", async () => {
      for (const [who, net] of [[baoshan, BAOSHAN_NET], [jiading, JIADING_NET]] as const) {
        const months = (await get(`/officials/reports/monthly?year=${year}`, who)).data.months
        expect(months.reduce((sum: number, m: Row) => sum + Number(m.net_fen), 0)).toBe(net)
      }
      const counties = (await get(`/officials/reports/rankings?year=${year}&by=county`, baoshan)).data.rankings
      expect(counties.map((r: Row) => [r.scope_code, r.net_fen])).toEqual([["653125", BAOSHAN_NET]])
      const districts = (await get(`/officials/reports/rankings?year=${year}&by=district`, jiading)).data.rankings
      expect(districts.map((r: Row) => [r.scope_code, r.net_fen])).toEqual([["嘉定区", JIADING_NET]])
      const counters = (await get(`/officials/reports/rankings?year=${year}&by=counter`, jiading)).data.rankings
      expect(counters).toEqual([])
    })

    it("exports only the official's district as CSV and XLSX", async () => {
      const monthly = await download(`/officials/reports/monthly?year=${year}&format=csv`, jiading)
      expect(monthly.status).toBe(200)
      const months = csvRows(Buffer.from(monthly.data).toString("utf8"))
      expect(months).toHaveLength(12)
      expect(months.reduce((sum, m) => sum + Number(m.net_fen), 0)).toBe(JIADING_NET)

      const progress = await download(`/officials/reports/progress?year=${year}&level=county&format=csv`, baoshan)
      expect(csvRows(Buffer.from(progress.data).toString("utf8")).map((r) => [r.scope_code, r.net_fen])).toEqual([["653125", String(BAOSHAN_NET)]])

      const xlsx = await download(`/officials/reports/rankings?year=${year}&by=county&format=xlsx`, baoshan)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.data)
      const sheet = book.getWorksheet("rankings")!
      const header = (sheet.getRow(1).values as unknown[]).slice(1)
      const codes: unknown[] = []
      sheet.eachRow((row, n) => n > 1 && codes.push(row.getCell(header.indexOf("scope_code") + 1).value))
      expect(codes).toEqual(["653125"])

      const behind = await download(`/officials/reports/orders?year=${year}&format=csv`, jiading)
      const rows = csvRows(Buffer.from(behind.data).toString("utf8"))
      expect(rows.map((r) => [r.order_id, r.net_fen])).toEqual([[orders[2], String(JIADING_NET)]])
    })

    it("gives nothing of another district's county, named by county or by province", async () => {
      const other = "county=653124"
      await refusedOrEmpty(`/officials/reports/progress?year=${year}&level=county&${other}`, baoshan, (d) => d.progress)
      await refusedOrEmpty(`/officials/reports/monthly?year=${year}&${other}`, baoshan, (d) => d.months)
      await refusedOrEmpty(`/officials/reports/rankings?year=${year}&by=county&${other}`, baoshan, (d) => d.rankings)
      await refusedOrEmpty(`/officials/reports/orders?year=${year}&${other}`, baoshan, (d) => d.orders)
      await refusedOrEmpty(`/officials/reports/monthly?year=${year}&county=653125`, jiading, (d) => d.months)
      await refusedOrEmpty(`/officials/reports/orders?year=${year}&county=653125&format=csv`, jiading, (d) => csvRows(String(d)))

      // a province with counties of both districts: only the official's own
      const province = (await get(`/officials/reports/progress?year=${year}&level=county&province=65`, jiading)).data.progress
      expect(province.map((r: Row) => [r.scope_code, r.net_fen])).toEqual([["653124", JIADING_NET]])
      const provinceMonths = (await get(`/officials/reports/monthly?year=${year}&province=65`, baoshan)).data.months
      expect(provinceMonths.reduce((sum: number, m: Row) => sum + Number(m.net_fen), 0)).toBe(BAOSHAN_NET)
    })
  },
})
