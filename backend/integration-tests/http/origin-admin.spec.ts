import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settle } from "../helpers/http"
import { adminHeaders } from "../helpers/actors"

jest.setTimeout(240_000)


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const post = (url: string, body: unknown) => settle(api.post(url, body, admin))
    const count = async (path: string) => (await api.get(`/admin/origins/${path}`, admin)).data.count

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    describe("counties", () => {
      it("creates a county with its prefecture and province from GB/T 2260", async () => {
        const res = await post("/admin/origins/counties", { code: "653125", name_en: "Shache (Yarkant)", specialty_zh: "巴旦木" })
        expect(res.status).toBe(201)
        expect(res.data.county).toMatchObject({
          code: "653125",
          name_zh: "莎车县",
          prefecture: { code: "6531", name_zh: "喀什地区", name_en: "Kashgar Prefecture", province: { code: "65", name_en: "Xinjiang" } },
        })
        const second = await post("/admin/origins/counties", { code: "653124", name_en: "Zepu" })
        expect(second.data.county.prefecture.code).toBe("6531")
        const list = await api.get("/admin/origins/counties?q=莎车", admin)
        expect(list.data.counties.map((c: { code: string }) => c.code)).toEqual(["653125"])
      })

      it.each([
        [{ code: "65312", name_en: "x" }, /code: must be a 6-digit/],
        [{ code: "659999", name_en: "x" }, /code: 659999 is not a county-level division/],
        [{ code: "653125" }, /name_en/],
      ])("rejects %j with a 400 naming the field", async (body, message) => {
        const res = await post("/admin/origins/counties", body)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await count("counties")).toBe(0)
      })

      it("rejects a county that already exists and writes nothing", async () => {
        await post("/admin/origins/counties", { code: "653125", name_en: "Shache" })
        const res = await post("/admin/origins/counties", { code: "653125", name_en: "Shache again" })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe("code: county 653125 already exists")
        expect(await count("counties")).toBe(1)
      })

      it("updates a county and 404s an unknown one", async () => {
        const { data } = await post("/admin/origins/counties", { code: "530828", name_en: "Lancang" })
        const res = await post(`/admin/origins/counties/${data.county.id}`, { specialty_zh: "普洱咖啡", verified: true })
        expect(res.data.county).toMatchObject({ specialty_zh: "普洱咖啡", verified: true, code: "530828" })
        expect((await post("/admin/origins/counties/cty_missing", { verified: true })).status).toBe(404)
      })
    })

    describe("pairings", () => {
      let countyId: string
      beforeEach(async () => {
        countyId = (await post("/admin/origins/counties", { code: "533401", name_en: "Shangri-La" })).data.county.id
      })

      it("keeps a history of non-overlapping pairings and rejects overlaps", async () => {
        const first = await post("/admin/origins/pairings", {
          county_id: countyId,
          district_zh: "宝山区",
          relation_type: "east_west",
          valid_from: "2017-01-01T00:00:00+08:00",
          valid_to: "2021-01-01T00:00:00+08:00",
        })
        expect(first.status).toBe(201)
        expect(first.data.pairing).toMatchObject({ district_zh: "宝山区", district_en: "Baoshan" })

        const overlapping = await post("/admin/origins/pairings", {
          county_id: countyId,
          district_zh: "嘉定区",
          relation_type: "east_west",
          valid_from: "2020-06-01T00:00:00+08:00",
        })
        expect(overlapping.status).toBe(400)
        expect(overlapping.data.message).toMatch(/^valid_from: overlaps pairing pair_\w+ \(2017-01-01 – 2021-01-01\)/)

        const next = await post("/admin/origins/pairings", {
          county_id: countyId,
          district_zh: "嘉定区",
          relation_type: "east_west",
          valid_from: "2021-01-01T00:00:00+08:00",
        })
        expect(next.status).toBe(201)
        expect(await count("pairings")).toBe(2)

        // Moving the first pairing's end past the second's start is an overlap too.
        const stretched = await post(`/admin/origins/pairings/${first.data.pairing.id}`, {
          valid_to: "2022-01-01T00:00:00+08:00",
        })
        expect(stretched.status).toBe(400)
        expect(stretched.data.message).toMatch(/valid_from: overlaps pairing/)
      })

      it.each([
        [{ district_zh: "宝山区", relation_type: "east_west", valid_from: "2021-01-01", valid_to: "2020-01-01" }, /valid_to: must be after valid_from/],
        [{ district_zh: "朝阳区", relation_type: "east_west", valid_from: "2021-01-01" }, /district_zh: must be one of Shanghai's 16 districts/],
        [{ district_zh: null, relation_type: "aid", valid_from: "2021-01-01" }, /relation_type/],
        [{ district_zh: null, relation_type: "counterpart", valid_from: "not a date" }, /valid_from/],
      ])("rejects %j", async (body, message) => {
        const res = await post("/admin/origins/pairings", { county_id: countyId, ...body })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await count("pairings")).toBe(0)
      })

      it("rejects an unknown county", async () => {
        const res = await post("/admin/origins/pairings", {
          county_id: "cty_nope",
          district_zh: null,
          relation_type: "counterpart",
          valid_from: "2021-01-01",
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe("county_id: no county with id cty_nope")
        expect(await count("pairings")).toBe(0)
      })
    })

    describe("suppliers and certifications", () => {
      let countyId: string
      beforeEach(async () => {
        countyId = (await post("/admin/origins/counties", { code: "530828", name_en: "Lancang" })).data.county.id
      })

      const supplier = (over: Record<string, unknown> = {}) => ({
        name: "澜沧县咖啡种植专业合作社",
        type: "cooperative",
        credit_code: "91110000802100433B",
        county_id: countyId,
        households_linked: 312,
        ...over,
      })

      it("creates a supplier and rejects a wrong check character, an unknown county and a duplicate", async () => {
        expect((await post("/admin/origins/suppliers", supplier())).status).toBe(201)
        const badCheck = await post("/admin/origins/suppliers", supplier({ credit_code: "91110000802100433C" }))
        expect(badCheck.status).toBe(400)
        expect(badCheck.data.message).toBe("Invalid request: credit_code: check character should be B")
        const unknownCounty = await post("/admin/origins/suppliers", supplier({ credit_code: "91310000MA1FL1MMXL", county_id: "cty_x" }))
        expect(unknownCounty.data.message).toBe("county_id: no county with id cty_x")
        const duplicate = await post("/admin/origins/suppliers", supplier())
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toMatch(/^credit_code: 91110000802100433B is already used by supplier sup_/)
        const badType = await post("/admin/origins/suppliers", supplier({ type: "farm", credit_code: "91310000MA1FL1MMXL" }))
        expect(badType.status).toBe(400)
        expect(badType.data.message).toMatch(/type/)
        expect(await count("suppliers")).toBe(1)
      })

      it("validates certification dates and numbers", async () => {
        const cert = { number: "XFBF-2021-530828-001", issuer: "上海市合作交流办", issued_at: "2021-03-01", expires_at: "2027-12-31" }
        expect((await post("/admin/origins/certifications", cert)).status).toBe(201)
        const backwards = await post("/admin/origins/certifications", { ...cert, number: "N2", expires_at: "2020-01-01" })
        expect(backwards.status).toBe(400)
        expect(backwards.data.message).toMatch(/expires_at: must be given together with issued_at and fall after it/)
        const duplicate = await post("/admin/origins/certifications", cert)
        expect(duplicate.data.message).toMatch(/^number: XFBF-2021-530828-001 is already used/)
        expect(await count("certifications")).toBe(1)
      })
    })

    it("refuses every origin route without an operator", async () => {
      for (const path of ["counties", "pairings", "suppliers", "certifications"]) {
        const res = await settle(api.get(`/admin/origins/${path}`))
        expect(res.status).toBe(401)
      }
    })
  },
})
