import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { lookupCounty } from "../../src/lib/division"
import { isValidEan13 } from "../../src/lib/ean13"
import seed from "../../src/scripts/seed"
import { ONLINE_KEY_TITLE } from "../../src/scripts/seed/store"

jest.setTimeout(600_000)

type Row = Record<string, any>

const runSeed = (container: MedusaContainer) => seed({ container, args: [] } as any)

async function graph(container: MedusaContainer, entity: string, fields: string[]): Promise<Row[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields })
  return data
}

/** Row counts of everything the seed creates, links included. */
async function counts(container: MedusaContainer) {
  const inventory = container.resolve(Modules.INVENTORY)
  const entities = [
    "province",
    "prefecture",
    "county",
    "pairing",
    "supplier",
    "certification",
    "product_category",
    "product_variant",
    "price",
    "counter",
    "sales_channel",
    "stock_location",
    "api_key",
    "region",
    "tax_region",
    "shipping_option",
    "fulfillment_set",
    "user",
    "customer",
    "customer_address",
    "auth_identity",
  ]
  const result: Record<string, number> = {}
  for (const entity of entities) {
    result[entity] = (await graph(container, entity, ["id"])).length
  }
  const products = await graph(container, "product", [
    "id",
    "sales_channels.id",
    "county.id",
    "supplier.id",
    "certification.id",
  ])
  result.product = products.length
  result.product_sales_channel = products.reduce((n, p) => n + p.sales_channels.length, 0)
  result.product_origin_links = products.reduce(
    (n, p) => n + [p.county, p.supplier, p.certification].filter(Boolean).length,
    0
  )
  result.inventory_level = (await inventory.listInventoryLevels({})).length
  return result
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Record<string, number>

    beforeAll(async () => {
      await runSeed(getContainer())
      seeded = await counts(getContainer())
    })

    it("seeds the 71 paired counties as GB/T 2260 lists them", async () => {
      const counties = await graph(getContainer(), "county", [
        "code",
        "prefecture.code",
        "prefecture.province.code",
      ])
      expect(counties).toHaveLength(71)
      for (const county of counties) {
        const division = lookupCounty(county.code)
        expect(division).toBeDefined()
        expect([county.code, county.prefecture.code, county.prefecture.province.code]).toEqual([
          county.code,
          division!.prefecture_code,
          division!.province_code,
        ])
      }
      expect(seeded).toMatchObject({ province: 7, prefecture: 21, pairing: 72, supplier: 71 })
    })

    it("links every product to its county and gives every variant a valid EAN-13", async () => {
      const products = await graph(getContainer(), "product", ["handle", "county.code", "variants.barcode"])
      expect(products.length).toBeGreaterThanOrEqual(71)
      for (const product of products) {
        expect(product.county?.code).toBe(product.handle.slice(0, 6))
        for (const variant of product.variants) {
          expect([variant.barcode, isValidEan13(variant.barcode)]).toEqual([variant.barcode, true])
        }
      }
      const barcodes = products.flatMap((p) => p.variants.map((v: Row) => v.barcode))
      expect(new Set(barcodes).size).toBe(barcodes.length)
    })

    it("leaves six products uncertified and four with an expired certificate", async () => {
      const products = await graph(getContainer(), "product", ["id", "certification.expires_at"])
      const now = Date.now()
      expect(products.filter((p) => !p.certification)).toHaveLength(6)
      expect(
        products.filter((p) => p.certification && new Date(p.certification.expires_at).getTime() < now)
      ).toHaveLength(4)
    })

    it("opens counters of several kinds, each selling from its own channel and location", async () => {
      const counters = await graph(getContainer(), "counter", [
        "code",
        "kind",
        "sales_channel.id",
        "sales_channel.publishable_api_keys.token",
        "stock_location.id",
      ])
      expect(counters.length).toBeGreaterThanOrEqual(6)
      expect(new Set(counters.map((c) => c.kind)).size).toBeGreaterThanOrEqual(4)
      const channels = counters.map((c) => c.sales_channel?.id)
      const locations = counters.map((c) => c.stock_location?.id)
      expect(channels.every(Boolean) && locations.every(Boolean)).toBe(true)
      expect(new Set(channels).size).toBe(counters.length)
      expect(new Set(locations).size).toBe(counters.length)
      expect(counters.every((c) => c.sales_channel.publishable_api_keys.length === 1)).toBe(true)

      // Every product sells online and at every counter, stocked at the warehouse and each counter.
      expect(seeded.product_sales_channel).toBe(seeded.product * (counters.length + 1))
      expect(seeded.inventory_level).toBe(seeded.product_variant * (counters.length + 1))
    })

    it("serves the catalogue to the online storefront's publishable key", async () => {
      const keys = await graph(getContainer(), "api_key", ["token", "title"])
      const online = keys.find((k) => k.title === ONLINE_KEY_TITLE)
      const headers = { "x-publishable-api-key": online!.token }
      const res = await api.get("/store/products?limit=100&fields=id", { headers })
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(seeded.product)
      const ids = res.data.products.map((p: Row) => p.id).join(",")
      const origins = await api.get(`/store/origins/products?ids=${ids}&fields=county.code`, { headers })
      expect(origins.data.products).toHaveLength(seeded.product)
      expect(origins.data.products.every((p: Row) => /^\d{6}$/.test(p.county?.code))).toBe(true)
    })

    it("changes nothing when run again", async () => {
      await runSeed(getContainer())
      expect(await counts(getContainer())).toEqual(seeded)
    })
  },
})
