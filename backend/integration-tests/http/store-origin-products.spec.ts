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

    const origins = (query: string) => settle(api.get(`/store/origins/products?${query}`, shop.headers))
    const fieldsQuery = (fields: string[]) => `ids=${ids.join(",")}&fields=${encodeURIComponent(fields.join(","))}`

    it("answers the storefront's origin fields as Medusa's link query does, for a list and one product", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: expected } = await query.graph({ entity: "product", fields: ["id", ...ORIGIN_FIELDS], filters: { id: ids } })
      // as the API sends it: dates as JSON strings
      const byId = new Map(expected.map((p: { id: string }) => [p.id, withoutForeignKeys(JSON.parse(JSON.stringify(p)))]))
      expect((byId.get(ids[0]) as { county: { pairings: unknown[] } }).county.pairings).toHaveLength(2)

      const { status, data } = await origins(fieldsQuery(ORIGIN_FIELDS))
      expect(status).toBe(200)
      expect(data.products).toHaveLength(3)
      for (const product of data.products) {
        expect(withoutForeignKeys(product)).toEqual(byId.get(product.id))
      }
      // a product without an origin comes back with its id only
      expect(data.products.find((p: { id: string }) => p.id === ids[2])).toEqual({ id: ids[2] })

      // one product, ids repeated as the query string allows
      const one = await origins(`ids=${ids[0]}&ids=${ids[0]}&fields=county.code,certification.number`)
      expect(one.data.products).toEqual([{ id: ids[0], county: { id: expect.any(String), code: "530828" }, certification: { id: expect.any(String), number: "XFBF-2021-530828-001" } }])
    })

    it("answers a wildcard, a bare relation or no fields with the public fields of the relations only", async () => {
      for (const fields of ["supplier.*", "supplier"]) {
        const one = await origins(`ids=${ids[0]}&fields=${fields}`)
        expect(one.data.products[0].supplier).toEqual({ id: expect.any(String), name: "澜沧咖啡合作社", type: "cooperative" })
      }
      const list = await origins(`ids=${ids.join(",")}`)
      const coffee = list.data.products.find((p: { id: string }) => p.id === ids[0])
      expect(Object.keys(coffee.supplier).sort()).toEqual(["county", "id", "name", "type"])
      expect(Object.keys(coffee.county).sort()).toEqual(["code", "id", "name_en", "name_zh", "pairings", "prefecture", "specialty_en", "specialty_zh"])
      expect(coffee.certification).toMatchObject({ number: "XFBF-2021-530828-001", issuer: "上海市合作交流办" })
      expect(JSON.stringify(list.data)).not.toMatch(/credit_code|91110000802100433B|households_linked/)
      // the supplier's county, through the supplier
      const where = await origins(`ids=${ids[0]}&fields=supplier.county.code`)
      expect(where.data.products[0].supplier).toEqual({ id: expect.any(String), county: { id: expect.any(String), code: "530828" } })
    })

    it("refuses a private or non-origin field with 400 naming it, and bad ids", async () => {
      for (const [fields, field] of [
        ["supplier.credit_code", "supplier.credit_code"],
        ["county.code,supplier.contact_phone", "supplier.contact_phone"],
        ["supplier.households_linked", "supplier.households_linked"],
        ["county.suppliers.*", "county.suppliers"],
        ["county.suppliers.credit_code", "county.suppliers.credit_code"],
        ["supplier.county.suppliers.contact_phone", "supplier.county.suppliers.contact_phone"],
        ["county.verified", "county.verified"],
        ["certification.products.id", "certification.products.id"],
        ["title", "title"],
      ]) {
        const res = await origins(`ids=${ids[0]}&fields=${encodeURIComponent(fields)}`)
        expect({ fields, status: res.status, message: res.data.message }).toEqual({ fields, status: 400, message: `fields: ${field} is not public` })
      }
      expect((await origins("")).status).toBe(400)
      const tooMany = await origins(`ids=${Array.from({ length: 101 }, (_, i) => `prod_${i}`).join(",")}`)
      expect(tooMany.status).toBe(400)
      // Medusa's own product route no longer answers origin fields, and leaks nothing private
      for (const fields of ["id,+supplier.credit_code", "id,*supplier", "id,Supplier.credit_code"]) {
        const res = await settle(api.get(`/store/products/${ids[0]}?fields=${encodeURIComponent(fields)}`, shop.headers))
        expect(JSON.stringify(res.data)).not.toMatch(/credit_code"|91110000802100433B/)
      }
    })

    it("leaves out products the publishable key may not see, and needs a key", async () => {
      const admin = await adminHeaders(getContainer())
      await api.post(`/admin/products/${ids[0]}`, { status: "draft" }, admin)
      const { data } = await origins(`ids=${ids.join(",")}`)
      expect(data.products.map((p: { id: string }) => p.id).sort()).toEqual([ids[1], ids[2]].sort())
      const keyless = await settle(api.get(`/store/origins/products?ids=${ids[1]}`))
      expect(keyless.status).toBe(400)
    })
  },
})
