import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, storefront } from "../helpers/actors"
import { settle } from "../helpers/http"

jest.setTimeout(240_000)

// What the storefront asks for on its lists and product pages (storefront/src/lib/data/fields.ts).
const ORIGIN_FIELDS = [
  "county.code",
  "county.name_zh",
  "county.specialty_en",
  "county.prefecture.code",
  "county.prefecture.province.name_en",
  "county.pairings.district_zh",
  "county.pairings.valid_from",
  "county.pairings.valid_to",
  "supplier.name",
  "supplier.type",
  "certification.number",
  "certification.expires_at",
]

// Medusa's Query also returns the foreign keys it joined on; the store API promises only the fields.
const withoutForeignKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutForeignKeys)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).filter(([k]) => !k.endsWith("_id")).map(([k, v]) => [k, withoutForeignKeys(v)]))
      : value

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof storefront>>
    let ids: string[]

    beforeEach(async () => {
      const admin = await adminHeaders(getContainer())
      shop = await storefront(getContainer())
      const post = async (url: string, body: unknown) => (await api.post(url, body, admin)).data
      const lancang = (await post("/admin/origins/counties", { code: "530828", name_en: "Lancang", specialty_en: "Pu'er coffee" })).county.id
      await post("/admin/origins/pairings", { county_id: lancang, district_zh: "宝山区", relation_type: "east_west", valid_from: "2017-01-01T00:00:00+08:00", valid_to: "2021-01-01T00:00:00+08:00" })
      await post("/admin/origins/pairings", { county_id: lancang, district_zh: "闵行区", relation_type: "east_west", valid_from: "2021-01-01T00:00:00+08:00" })
      const supplier = (await post("/admin/origins/suppliers", { name: "澜沧咖啡合作社", type: "cooperative", credit_code: "91110000802100433B", county_id: lancang, households_linked: 120 })).supplier.id
      const certification = (await post("/admin/origins/certifications", { number: "XFBF-2021-530828-001", issuer: "上海市合作交流办", issued_at: "2021-03-01", expires_at: "2027-12-31" })).certification.id
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: ["澜沧咖啡", "澜沧咖啡 无认证", "无产地"].map((title) => ({
            title,
            status: "published" as const,
            sales_channels: [{ id: shop.channel.id }],
            options: [{ title: "规格", values: ["默认"] }],
          })),
        },
      })
      ids = result.map((p) => p.id)
      await post(`/admin/products/${ids[0]}/origin`, { county_id: lancang, supplier_id: supplier, certification_id: certification })
      await post(`/admin/products/${ids[1]}/origin`, { county_id: lancang })
    })

    it("answers explicit origin fields as Medusa's link query does, on the list and one product", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: expected } = await query.graph({ entity: "product", fields: ["id", "title", ...ORIGIN_FIELDS], filters: { id: ids } })
      // as the API sends it: dates as JSON strings
      const byId = new Map(expected.map((p: { id: string }) => [p.id, withoutForeignKeys(JSON.parse(JSON.stringify(p)))]))
      expect((byId.get(ids[0]) as { county: { pairings: unknown[] } }).county.pairings).toHaveLength(2)

      const fields = ["id", "title", ...ORIGIN_FIELDS.map((f) => `+${f}`)].join(",")
      const { data } = await api.get(`/store/products?fields=${encodeURIComponent(fields)}`, shop.headers)
      expect(data.products).toHaveLength(3)
      for (const product of data.products) {
        expect(withoutForeignKeys(product)).toEqual(byId.get(product.id))
      }
      // without origin fields, none is added
      const noOrigin = data.products.find((p: { id: string }) => p.id === ids[2])
      expect(Object.keys(noOrigin).sort()).toEqual(["id", "title"])

      // `+` fields keep Medusa's defaults around them
      const one = await api.get(`/store/products/${ids[0]}?fields=${encodeURIComponent("+county.code,+certification.number")}`, shop.headers)
      expect(one.data.product).toMatchObject({ title: "澜沧咖啡", handle: expect.any(String), county: { code: "530828" }, certification: { number: "XFBF-2021-530828-001" } })
    })

    it("answers a wildcard with the public fields of the relation only, on the list and one product", async () => {
      for (const fields of ["id,*supplier", "id,supplier.*", "id,+supplier"]) {
        const one = await api.get(`/store/products/${ids[0]}?fields=${encodeURIComponent(fields)}`, shop.headers)
        expect(one.data.product.supplier).toEqual({ id: expect.any(String), name: "澜沧咖啡合作社", type: "cooperative" })
      }
      const list = await api.get(`/store/products?fields=${encodeURIComponent("id,*supplier,*county,*certification")}`, shop.headers)
      const coffee = list.data.products.find((p: { id: string }) => p.id === ids[0])
      expect(Object.keys(coffee.supplier).sort()).toEqual(["id", "name", "type"])
      expect(Object.keys(coffee.county).sort()).toEqual(["code", "id", "name_en", "name_zh", "specialty_en", "specialty_zh"])
      expect(coffee.certification).toMatchObject({ number: "XFBF-2021-530828-001", issuer: "上海市合作交流办" })
      // the supplier's county, through the supplier
      const where = await api.get(`/store/products/${ids[0]}?fields=${encodeURIComponent("id,supplier.county.code")}`, shop.headers)
      expect(where.data.product.supplier).toEqual({ id: expect.any(String), county: { id: expect.any(String), code: "530828" } })
    })

    it("refuses a private origin field with 400 naming it, however it is spelled", async () => {
      const get = (path: string, fields: string) => settle(api.get(`${path}?fields=${encodeURIComponent(fields)}`, shop.headers))
      for (const [fields, field] of [
        ["id,+supplier.credit_code", "supplier.credit_code"],
        ["supplier.households_linked", "supplier.households_linked"],
        ["+county.code, supplier.contact_phone", "supplier.contact_phone"],
        ["*county.suppliers", "county.suppliers"],
        ["+county.suppliers.credit_code", "county.suppliers.credit_code"],
        ["+supplier.county.suppliers.contact_phone", "supplier.county.suppliers.contact_phone"],
        ["+county.verified", "county.verified"],
        ["+certification.products.id", "certification.products.id"],
      ]) {
        for (const path of [`/store/products/${ids[0]}`, "/store/products"]) {
          const res = await get(path, fields)
          expect({ fields, path, status: res.status, message: res.data.message }).toEqual({ fields, path, status: 400, message: `fields: ${field} is not public` })
        }
      }
      // Spellings Medusa's own allow-list drops: nothing private comes back either way.
      for (const fields of ["id,Supplier.credit_code", "id,*Supplier"]) {
        const res = await get(`/store/products/${ids[0]}`, fields)
        expect(JSON.stringify(res.data)).not.toMatch(/credit_code|91110000802100433B/)
      }
    })
  },
})
