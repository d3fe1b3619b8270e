import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settle } from "../helpers/http"
import { adminHeaders, storefront } from "../helpers/actors"

jest.setTimeout(240_000)


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof storefront>>
    let lancang: string
    let menghai: string
    let supplier: string
    let otherSupplier: string
    let certification: string

    const post = (url: string, body: unknown) => settle(api.post(url, body, admin))
    const product = async (title: string, channelId: string, status: "published" | "draft" = "published") => {
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: { products: [{ title, status, sales_channels: [{ id: channelId }], options: [{ title: "规格", values: ["默认"] }] }] },
      })
      return result[0].id
    }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
      shop = await storefront(getContainer())
      lancang = (await post("/admin/origins/counties", { code: "530828", name_en: "Lancang", specialty_zh: "普洱咖啡", specialty_en: "Pu'er coffee" })).data.county.id
      menghai = (await post("/admin/origins/counties", { code: "532822", name_en: "Menghai" })).data.county.id
      await post("/admin/origins/pairings", { county_id: lancang, district_zh: "宝山区", relation_type: "east_west", valid_from: "2017-01-01T00:00:00+08:00", valid_to: "2021-01-01T00:00:00+08:00" })
      await post("/admin/origins/pairings", { county_id: lancang, district_zh: "闵行区", relation_type: "east_west", valid_from: "2021-01-01T00:00:00+08:00" })
      supplier = (await post("/admin/origins/suppliers", { name: "澜沧咖啡合作社", type: "cooperative", credit_code: "91110000802100433B", county_id: lancang, households_linked: 120 })).data.supplier.id
      otherSupplier = (await post("/admin/origins/suppliers", { name: "勐海茶厂", type: "enterprise", credit_code: "91310000MA1FL1MMXL", county_id: menghai })).data.supplier.id
      certification = (await post("/admin/origins/certifications", { number: "XFBF-2021-530828-001", issuer: "上海市合作交流办", issued_at: "2021-03-01", expires_at: "2027-12-31" })).data.certification.id
    })

    it("links a product to its county, supplier and certification and shows them in store queries", async () => {
      const coffee = await product("澜沧普洱咖啡 454g", shop.channel.id)
      const res = await post(`/admin/products/${coffee}/origin`, { county_id: lancang, supplier_id: supplier, certification_id: certification })
      expect(res.status).toBe(200)

      const stored = await api.get(`/store/origins/products?ids=${coffee}&fields=county.code,county.name_zh,supplier.name,supplier.type,certification.number`, shop.headers)
      expect(stored.data.products[0]).toMatchObject({
        county: { code: "530828", name_zh: "澜沧拉祜族自治县" },
        supplier: { name: "澜沧咖啡合作社", type: "cooperative" },
        certification: { number: "XFBF-2021-530828-001" },
      })

      // Removing the certification leaves the other links alone.
      await post(`/admin/products/${coffee}/origin`, { certification_id: null })
      const after = await api.get(`/admin/products/${coffee}?fields=+county.code,+certification.id`, admin)
      expect(after.data.product.county.code).toBe("530828")
      expect(after.data.product.certification).toBeFalsy()
    })

    it("rejects unknown references and a supplier from another county, writing nothing", async () => {
      const coffee = await product("澜沧普洱咖啡 454g", shop.channel.id)
      await post(`/admin/products/${coffee}/origin`, { county_id: lancang })

      const unknown = await post(`/admin/products/${coffee}/origin`, { supplier_id: "sup_missing" })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toBe("supplier_id: no supplier with id sup_missing")

      const elsewhere = await post(`/admin/products/${coffee}/origin`, { supplier_id: otherSupplier, certification_id: certification })
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.message).toBe(`supplier_id: supplier ${otherSupplier} is based in county 532822, not in the product's county`)
      const unchanged = await api.get(`/admin/products/${coffee}?fields=+supplier.id,+certification.id`, admin)
      expect(unchanged.data.product.supplier).toBeFalsy()
      expect(unchanged.data.product.certification).toBeFalsy()

      expect((await post("/admin/products/prod_missing/origin", { county_id: lancang })).status).toBe(404)
    })

    it("counts only published products the storefront's channel sells", async () => {
      const other = await storefront(getContainer(), "A counter")
      for (const [title, channel, status] of [
        ["澜沧咖啡 A", shop.channel.id, "published"],
        ["澜沧咖啡 B", shop.channel.id, "published"],
        ["澜沧咖啡 draft", shop.channel.id, "draft"],
        ["澜沧咖啡 counter only", other.channel.id, "published"],
      ] as const) {
        await post(`/admin/products/${await product(title, channel, status)}/origin`, { county_id: lancang })
      }

      const { data } = await api.get("/store/origins", shop.headers)
      expect(data.provinces).toHaveLength(1)
      const [yunnan] = data.provinces
      expect(yunnan).toMatchObject({ code: "53", name_zh: "云南省", county_count: 2, product_count: 2 })
      const counties = yunnan.prefectures.flatMap((p: { counties: unknown[] }) => p.counties)
      expect(counties).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: "530828", product_count: 2, specialty_en: "Pu'er coffee" }),
          expect.objectContaining({ code: "532822", product_count: 0 }),
        ])
      )
      const counter = await api.get("/store/origins", other.headers)
      expect(counter.data.provinces[0].product_count).toBe(1)
    })

    it("serves a county page with today's pairing and 404s an unknown county", async () => {
      await post(`/admin/products/${await product("澜沧咖啡", shop.channel.id)}/origin`, { county_id: lancang })
      const { data } = await api.get("/store/origins/counties/530828", shop.headers)
      expect(data.county).toMatchObject({
        code: "530828",
        specialty_zh: "普洱咖啡",
        prefecture: { code: "5308", name_zh: "普洱市", province: { code: "53" } },
        current_pairing: { district_zh: "闵行区", district_en: "Minhang", relation_type: "east_west", valid_to: null },
      })
      expect(data.county.products.map((p: { title: string }) => p.title)).toEqual(["澜沧咖啡"])
      const missing = await settle(api.get("/store/origins/counties/999999", shop.headers))
      expect(missing.status).toBe(404)
    })
  },
})
