import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/actors"
import { settle } from "../helpers/http"

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
  },
})
