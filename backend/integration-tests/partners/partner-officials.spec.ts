// Officials see partner lines in the channel mix, a partner ranking, the drill-down and the
// completeness view; a district official only those of their district's pairings. Files (GBK CSV,
// UTF-8 BOM CSV, XLSX) book like API requests; a file with a bad row books nothing.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import { ORIGIN_MODULE } from "../../src/modules/origin"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue, eventually } from "../reporting/fixtures"
import { ALMOND_BARCODE, giveBarcodes, signed, UNKNOWN_BARCODE, WALNUT_BARCODE, type PartnerKey } from "./fixtures"

jest.setTimeout(240_000)

delete process.env.REPORTING_REDIS_URL
delete process.env.REDIS_URL

type Headers = { headers: Record<string, string> }
const YEAR = 2026
const HEADER = "单号,行号,门店编码,销售时间,条码,数量,金额_分"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let db: Knex
    let admin: Headers
    let partnerId: string
    let key: PartnerKey

    const upload = (bytes: Buffer, filename: string) =>
      settle(
        api.post(`/partners/sales/files?filename=${encodeURIComponent(filename)}`, bytes, {
          headers: { "content-type": "application/octet-stream", ...signed(key, bytes) },
          transformRequest: [(d: unknown) => d],
        })
      )
    const partnerNet = async () =>
      Number((await db.raw(`select coalesce(sum(amount_fen), 0)::bigint as n from sales_ledger_entry where channel_kind = 'partner'`)).rows[0].n)

    beforeEach(async () => {
      container = getContainer()
      db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const catalogue = await createCatalogue(container)
      await giveBarcodes(container, catalogue)
      // walnuts' county 泽普县 paired with 嘉定区, almonds' 莎车县 with 宝山区
      const origin = container.resolve(ORIGIN_MODULE) as any
      const [zepu] = await origin.listCounties({ code: "653124" })
      await origin.createPairings({ county_id: zepu.id, district_zh: "嘉定区", district_en: "Jiading", relation_type: "counterpart", valid_from: new Date("2017-01-01T00:00:00+08:00") })
      admin = await adminHeaders(container)
      const { data } = await api.post("/admin/partners", { name_zh: "上海市总工会", name_en: "Shanghai Federation of Trade Unions", kind: "union" }, admin)
      partnerId = data.partner.id
      await api.post(`/admin/partners/${partnerId}/outlets`, { code: "U1", name: "工会采购", district_zh: "黄浦区" }, admin)
      const issued = await api.post(`/admin/partners/${partnerId}/credentials`, {}, admin)
      key = { key_id: issued.data.credential.key_id, secret: issued.data.secret }
    })

    it("books a GBK CSV, a UTF-8 BOM CSV and an XLSX; a file with a bad row books nothing", async () => {
      const gbk = iconv.encode(`${HEADER}\r\n工会-001,1,U1,2026-03-08 10:00:00,${ALMOND_BARCODE},2,3980\r\n`, "gbk")
      const first = await upload(gbk, "三月.csv")
      expect([first.status, first.data.encoding, first.data.new]).toEqual([200, "gbk", 1])

      const bom = Buffer.from(`\uFEFF${HEADER}\n工会-002,1,U1,2026-03-09T11:00:00+08:00,${WALNUT_BARCODE},1,1500\n`, "utf8")
      const second = await upload(bom, "march.csv")
      expect([second.status, second.data.encoding, second.data.new]).toEqual([200, "utf-8", 1])

      const book = new ExcelJS.Workbook()
      const sheet = book.addWorksheet("销售")
      sheet.addRow(["reference", "line", "outlet_code", "sold_at", "barcode", "quantity", "amount_yuan"])
      sheet.addRow(["工会-003", 1, "U1", "2026-03-10 09:30:00", ALMOND_BARCODE, 1, "19.90"])
      const xlsx = Buffer.from(await book.xlsx.writeBuffer())
      const third = await upload(xlsx, "march.xlsx")
      expect([third.status, third.data.format, third.data.new]).toEqual([200, "xlsx", 1])
      await eventually(async () => expect(await partnerNet()).toBe(3980 + 1500 + 1990))

      const bad = Buffer.from(
        `${HEADER}\n工会-004,1,U1,2026-03-11 10:00:00,${ALMOND_BARCODE},1,"1,990"\n工会-004,2,U1,2026-03-11 10:00:00,${ALMOND_BARCODE},1,¥19\n工会-004,3,NOPE,2026-03-11 10:00:00,${ALMOND_BARCODE},1,100\n`,
        "utf8"
      )
      const refused = await upload(bad, "bad.csv")
      expect(refused.status).toBe(400)
      expect(refused.data.errors.map((e: any) => [e.row, e.column])).toEqual([
        [2, "amount_fen"],
        [3, "amount_fen"],
      ])
      expect(refused.data.errors[0].reason).toMatch(/thousands separators/)
      expect(refused.data.errors[1].reason).toMatch(/¥/)
      const wrongOutlet = await upload(Buffer.from(`${HEADER}\n工会-005,1,NOPE,2026-03-11 10:00:00,${ALMOND_BARCODE},1,100\n`), "o.csv")
      expect(wrongOutlet.status).toBe(400)
      expect(wrongOutlet.data.errors).toEqual([expect.objectContaining({ row: 2, column: "outlet_code" })])
      expect((await db.raw(`select count(*)::int as n from partner_sale_line where reference like '工会-00%' and reference > '工会-003'`)).rows[0].n).toBe(0)
    })

    it("shows partners in the channel mix, ranking, drill-down and completeness, a district official only their pairings", async () => {
      const body = JSON.stringify({
        lines: [
          { reference: "U-1", line: 1, outlet_code: "U1", sold_at: "2026-01-10T10:00:00+08:00", barcode: ALMOND_BARCODE, quantity: 1, amount_fen: 1000 },
          { reference: "U-2", line: 1, outlet_code: "U1", sold_at: "2026-02-10T10:00:00+08:00", barcode: WALNUT_BARCODE, quantity: 1, amount_fen: 2000 },
          { reference: "U-3", line: 1, outlet_code: "U1", sold_at: "2026-02-11T10:00:00+08:00", barcode: UNKNOWN_BARCODE, quantity: 1, amount_fen: 500 },
        ],
      })
      await api.post("/partners/sales", body, { headers: { "content-type": "application/json", ...signed(key, body) } })
      await eventually(async () => expect(await partnerNet()).toBe(3000))

      const login = async (email: string, district?: string) => {
        await api.post("/admin/reporting/officials", { email, name: email, password: "s3cret-pass", ...(district ? { district } : {}) }, admin)
        const { data } = await api.post("/auth/official/emailpass", { email, password: "s3cret-pass" })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const city = await login("city@gov.test")
      const baoshan = await login("baoshan@gov.test", "宝山区")

      const mix = (await api.get(`/officials/reports/progress?year=${YEAR}&level=channel_kind`, city)).data
      const rows = mix.progress ?? mix.rows ?? mix
      expect(JSON.stringify(rows)).toContain('"scope_code":"partner"')
      const ranking = (await api.get(`/officials/reports/rankings?year=${YEAR}&by=partner`, city)).data.rankings
      expect(ranking.map((r: any) => [r.scope_code, r.net_fen])).toEqual([[partnerId, 3000]])
      const drill = (await api.get(`/officials/reports/orders?year=${YEAR}&partner_id=${partnerId}`, city)).data
      expect(drill.orders.map((o: any) => o.order_id).sort()).toEqual([`partner:${partnerId}:U-1`, `partner:${partnerId}:U-2`])

      const lines = (await api.get(`/officials/partners/${partnerId}/lines?year=${YEAR}`, city)).data
      expect(lines.lines.map((l: any) => [l.reference, l.line, l.amount_fen])).toEqual([["U-2", 1, 2000], ["U-1", 1, 1000]])
      const own = (await api.get(`/officials/partners/${partnerId}/lines?year=${YEAR}`, baoshan)).data
      expect(own.lines.map((l: any) => [l.reference, l.partner_district])).toEqual([["U-1", "宝山区"]])
      expect((await settle(api.get(`/officials/partners/${partnerId}/lines?year=${YEAR}&district=${encodeURIComponent("嘉定区")}`, baoshan))).status).toBe(403)
      const baoshanRanking = (await api.get(`/officials/reports/rankings?year=${YEAR}&by=partner`, baoshan)).data.rankings
      expect(baoshanRanking.map((r: any) => r.net_fen)).toEqual([1000])

      const complete = (await api.get(`/officials/partners/completeness?year=${YEAR}`, city)).data
      expect(complete).toMatchObject({ year: YEAR, partner_net_fen: 3000, total_net_fen: 3000, late: [partnerId] })
      expect(complete.partners).toEqual([
        expect.objectContaining({ id: partnerId, last_sale_date: "2026-02-11", months_reported: [1, 2], lines_waiting: 1, net_fen: 3000, late: true }),
      ])
      expect(complete.partners[0].months_missing).toContain(3)
      const scoped = (await api.get(`/officials/partners/completeness?year=${YEAR}`, baoshan)).data
      expect(scoped).toMatchObject({ partner_net_fen: 1000, total_net_fen: 1000 })
      expect(scoped.partners[0]).toMatchObject({ net_fen: 1000, lines_waiting: null })
    })
  },
})
