import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"
import { createCatalogue } from "./fixtures"

jest.setTimeout(240_000)


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const post = (url: string, body: unknown, as = admin) => settle(api.post(url, body, as))
    const list = async (query = "year=2025") => (await api.get(`/admin/reporting/targets?${query}`, admin)).data.targets

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    it("sets a target and replaces it by year, level and scope", async () => {
      const created = await post("/admin/reporting/targets", { year: 2025, level: "district", scope_code: "Baoshan", amount_fen: 500_000_000_00 })
      expect(created.status).toBe(201)
      expect(created.data.target).toMatchObject({ level: "district", scope_code: "宝山区", amount_fen: 500_000_000_00 })
      const replaced = await post("/admin/reporting/targets", { year: 2025, level: "district", scope_code: "宝山区", amount_fen: 7, note: "revised" })
      expect(replaced.status).toBe(200)
      expect(await list()).toEqual([expect.objectContaining({ scope_code: "宝山区", amount_fen: 7, note: "revised" })])

      const bad = await post("/admin/reporting/targets", { year: 2025, level: "county", scope_code: "659999", amount_fen: 1.5 })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/'int' for field 'amount_fen'/)
      const badScope = await post("/admin/reporting/targets", { year: 2025, level: "county", scope_code: "659999", amount_fen: 1 })
      expect(badScope.data.message).toMatch(/scope_code: 659999 is not a county-level division/)
    })

    it("imports a whole CSV of targets, updating those that exist", async () => {
      await post("/admin/reporting/targets", { year: 2025, level: "all", amount_fen: 1 })
      const csv = [
        "year,level,scope_code,amount_yuan,note",
        "2025,all,,12000000000,city target",
        "2025,province,65,3000000000.50,",
        "2025,county,653125,\"1000000\",\"Shache, almonds\"",
        "2025,channel_kind,online,1,",
      ].join("\r\n")
      const res = await post("/admin/reporting/targets/import", { csv })
      expect(res.status).toBe(200)
      expect(res.data).toEqual({ imported: 4, created: 3, updated: 1 })
      const targets = await list()
      expect(targets).toHaveLength(4)
      expect(targets.find((t: any) => t.level === "all")).toMatchObject({ amount_fen: 1_200_000_000_000, note: "city target" })
      expect(targets.find((t: any) => t.level === "province").amount_fen).toBe(300_000_000_050)
      expect(targets.find((t: any) => t.level === "county").note).toBe("Shache, almonds")
    })

    it("imports nothing from a CSV with bad rows and names every one", async () => {
      await post("/admin/reporting/targets", { year: 2025, level: "all", amount_fen: 1 })
      const csv = [
        "year,level,scope_code,amount_fen",
        "2025,county,653125,100",
        "2025,all,,999",
        "2025,county,653125,-5",
        "2025,prefecture,65,100",
        "twenty,district,Huangpu,1",
        "2025,county,653125,200",
      ].join("\n")
      const res = await post("/admin/reporting/targets/import", { csv })
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("Nothing imported: 4 error(s) in the file")
      expect(res.data.errors).toEqual([
        { row: 4, column: "amount_fen", reason: "must be a whole, non-negative number of fen" },
        { row: 5, column: "scope_code", reason: "must be a 4-digit prefecture code" },
        { row: 6, column: "year", reason: "must be a year between 2000 and 2100" },
        { row: 7, column: "scope_code", reason: "duplicates row 2 (2025, county, 653125)" },
      ])
      // the good rows were not imported either, nor was the existing target touched
      expect(await list()).toEqual([expect.objectContaining({ level: "all", amount_fen: 1 })])
    })

    it("imports a GBK CSV and an XLSX workbook sent as the file's bytes, and refuses other files saying why", async () => {
      const upload = (bytes: Buffer, filename: string, type: string) =>
        settle(api.post(`/admin/reporting/targets/import?filename=${encodeURIComponent(filename)}`, bytes, { headers: { ...admin.headers, "content-type": type } }))
      const gbk = iconv.encode("year,level,scope_code,amount_yuan,note\r\n2025,district,宝山区,1000,对口支援\r\n", "gbk")
      const fromGbk = await upload(gbk, "目标.csv", "text/csv")
      expect(fromGbk.data).toEqual({ imported: 1, created: 1, updated: 0 })
      // the same GBK bytes as text/plain (what some browsers send for .csv) are read from the raw body
      expect((await upload(gbk, "目标.csv", "text/plain")).data).toEqual({ imported: 1, created: 0, updated: 1 })
      expect(await list()).toEqual([expect.objectContaining({ scope_code: "宝山区", amount_fen: 100000, note: "对口支援" })])

      const book = new ExcelJS.Workbook()
      const sheet = book.addWorksheet("目标")
      sheet.addRow(["year", "level", "scope_code", "amount_yuan"])
      sheet.addRow([2025, "county", 653125, 1234.5])
      sheet.addRow([2025, "district", "Jiading", 0.1 + 0.2])
      const xlsx = Buffer.from(await book.xlsx.writeBuffer())
      const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      expect((await upload(xlsx, "targets.xlsx", type)).data).toEqual({ imported: 2, created: 2, updated: 0 })
      expect((await list()).map((t: any) => [t.scope_code, t.amount_fen])).toEqual([
        ["653125", 123450],
        ["嘉定区", 30],
        ["宝山区", 100000],
      ])

      sheet.addRow([2025, "county", 659999, 1])
      const bad = await upload(Buffer.from(await book.xlsx.writeBuffer()), "targets.xlsx", type)
      expect(bad.status).toBe(400)
      expect(bad.data.errors).toEqual([{ row: 4, column: "scope_code", reason: "659999 is not a county-level division in GB/T 2260" }])

      const pdf = await upload(Buffer.from("%PDF-1.7"), "targets.pdf", "application/pdf")
      expect(pdf.status).toBe(400)
      expect(pdf.data.message).toMatch(/^file: \.pdf files are not read here: save it as CSV/)
      expect(await list()).toHaveLength(3)
    })

    it("shows officials the targets, a district official only their district's", async () => {
      await post("/admin/reporting/targets/import", {
        csv: "year,level,scope_code,amount_fen\n2025,district,宝山区,10\n2025,district,嘉定区,20\n2025,all,,30\n",
      })
      for (const [email, district] of [["city@gov.test", null], ["baoshan@gov.test", "宝山区"]]) {
        await post("/admin/reporting/officials", { email, name: email, password: "s3cret-pass", district })
      }
      const login = async (email: string) => {
        const { data } = await api.post("/auth/official/emailpass", { email, password: "s3cret-pass" })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const city = await api.get("/officials/targets?year=2025", await login("city@gov.test"))
      expect(city.data.count).toBe(3)
      const baoshan = await api.get("/officials/targets?year=2025", await login("baoshan@gov.test"))
      expect(baoshan.data.targets).toEqual([expect.objectContaining({ scope_code: "宝山区", amount_fen: 10 })])
      expect((await post("/admin/reporting/targets", { year: 2025, level: "all", amount_fen: 1 }, await login("city@gov.test"))).status).toBe(401)
    })

    describe("officials who may set targets", () => {
      const login = async (email: string) => {
        const { data } = await api.post("/auth/official/emailpass", { email, password: "s3cret-pass" })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }
      const official = async (email: string, district: string | null, can_edit_targets: boolean) => {
        const res = await post("/admin/reporting/officials", { email, name: email, password: "s3cret-pass", district, can_edit_targets })
        expect(res.data.official).toMatchObject({ email, can_edit_targets })
        return login(email)
      }
      const csvHeaders = (as: { headers: Record<string, string> }) => ({ headers: { ...as.headers, "content-type": "text/csv" } })

      it("previews an import row by row without writing, then commits it all or nothing", async () => {
        await post("/admin/reporting/targets", { year: 2025, level: "province", scope_code: "65", amount_fen: 5 })
        const editor = await official("editor@gov.test", null, true)
        const csv = "year,level,scope_code,amount_yuan\n2025,all,,1000\n2025,province,65,20.5\n"

        const preview = await settle(api.post("/officials/targets/import/preview", csv, csvHeaders(editor)))
        expect(preview.status).toBe(200)
        expect(preview.data).toMatchObject({ valid: true, errors: [], create: 1, replace: 1 })
        expect(preview.data.rows).toEqual([
          expect.objectContaining({ row: 2, level: "all", scope_code: "", amount_fen: 100000, action: "create", current_amount_fen: null }),
          expect.objectContaining({ row: 3, level: "province", scope_code: "65", amount_fen: 2050, action: "replace", current_amount_fen: 5 }),
        ])
        expect(await list()).toEqual([expect.objectContaining({ level: "province", amount_fen: 5 })])

        const bad = "year,level,scope_code,amount_fen\n2025,all,,1\n2025,county,999999,2\n"
        const badPreview = await post("/officials/targets/import/preview", { csv: bad }, editor)
        expect(badPreview.data).toMatchObject({ valid: false, errors: [{ row: 3, column: "scope_code" }] })
        expect(badPreview.data.rows).toEqual([expect.objectContaining({ row: 2, action: "create" })])
        const refused = await post("/officials/targets/import", { csv: bad }, editor)
        expect(refused.status).toBe(400)
        expect(refused.data.errors).toEqual([expect.objectContaining({ row: 3, column: "scope_code" })])
        expect(await list()).toHaveLength(1)

        const committed = await settle(api.post("/officials/targets/import", csv, csvHeaders(editor)))
        expect(committed.data).toEqual({ imported: 2, created: 1, updated: 1 })
        expect((await list()).map((t: any) => [t.level, t.amount_fen])).toEqual([
          ["all", 100000],
          ["province", 2050],
        ])
      })

      it("refuses officials without the right, and holds a district official to their district", async () => {
        await createCatalogue(getContainer())
        const reader = await official("reader@gov.test", null, false)
        const csv = "year,level,scope_code,amount_fen\n2025,district,宝山区,1\n"
        for (const url of ["/officials/targets/import/preview", "/officials/targets/import"]) {
          const res = await post(url, { csv }, reader)
          expect(res.status).toBe(403)
          expect(res.data.message).toMatch(/can_edit_targets/)
        }
        expect((await post("/officials/targets/import", {}, await official("x@gov.test", null, true))).data.message).toMatch(/csv/)

        const baoshan = await official("baoshan-editor@gov.test", "宝山区", true)
        // 653125 is paired with 宝山区, 653124 with no district
        const mixed = [
          "year,level,scope_code,amount_fen",
          "2025,district,Baoshan,100",
          "2025,county,653125,40",
          "2025,county,653124,30",
          "2025,district,嘉定区,20",
          "2025,all,,10",
        ].join("\n")
        // targets the Baoshan official may not see: the preview must not show their amounts
        await post("/admin/reporting/targets", { year: 2025, level: "county", scope_code: "653124", amount_fen: 55501 })
        await post("/admin/reporting/targets", { year: 2025, level: "district", scope_code: "嘉定区", amount_fen: 77701 })
        await post("/admin/reporting/targets", { year: 2025, level: "all", scope_code: "", amount_fen: 99901 })
        const preview = await post("/officials/targets/import/preview", { csv: mixed }, baoshan)
        expect(preview.data.rows.map((r: any) => r.row)).toEqual([2, 3])
        expect(JSON.stringify(preview.data)).not.toMatch(/55501|77701|99901/)
        expect(preview.data.errors).toEqual([
          expect.objectContaining({ row: 4, column: "scope_code", reason: expect.stringMatching(/outside your scope/) }),
          expect.objectContaining({ row: 5, column: "scope_code" }),
          expect.objectContaining({ row: 6, column: "level" }),
        ])
        expect((await post("/officials/targets/import", { csv: mixed }, baoshan)).status).toBe(400)
        expect(await list()).toHaveLength(3)

        const own = await post("/officials/targets/import", { csv: mixed.split("\n").slice(0, 3).join("\n") }, baoshan)
        expect(own.data).toEqual({ imported: 2, created: 2, updated: 0 })
        expect((await list()).map((t: any) => [t.level, t.scope_code])).toEqual([
          ["all", ""],
          ["county", "653124"],
          ["county", "653125"],
          ["district", "嘉定区"],
          ["district", "宝山区"],
        ])
      })
    })
  },
})
