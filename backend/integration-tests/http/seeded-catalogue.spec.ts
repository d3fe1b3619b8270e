// The seeded catalogue, in one app and one run of the seed (it draws 71 pictures and writes the
// translations, the costliest setup of the backend suites): what the seed makes, its pictures as
// the File Module stores and /uploads serves them, and the store in both locales.
import { createHash } from "node:crypto"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { lookupCounty } from "../../src/lib/division"
import { isValidEan13 } from "../../src/lib/ean13"
import seed from "../../src/scripts/seed"
import { seedProductImages } from "../../src/scripts/seed/product-images"
import { ONLINE_KEY_TITLE } from "../../src/scripts/seed/store"

jest.setTimeout(600_000)

// The local File Module provider writes here; medusa-config and the /uploads route read it.
const uploads = mkdtempSync(path.join(os.tmpdir(), "oc-uploads-"))
process.env.UPLOAD_DIR = uploads
afterAll(() => rmSync(uploads, { recursive: true, force: true }))

type Row = Record<string, any>
type Product = { id: string; handle: string; thumbnail: string | null; images: { url: string }[] }

// 莎车县 and its almonds, as the seed writes them from the reference data.
const COUNTY = "653125"
const HANDLE = "653125-almonds"

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
    let products: Product[] = []
    let shop: { headers: Record<string, string> }
    const load = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "thumbnail", "images.url"] })
      return data as Product[]
    }

    beforeAll(async () => {
      await runSeed(getContainer())
      seeded = await counts(getContainer())
      products = await load()
      const keys = await graph(getContainer(), "api_key", ["token", "title"])
      shop = { headers: { "x-publishable-api-key": keys.find((k) => k.title === ONLINE_KEY_TITLE)!.token } }
    })

    describe("the seed", () => {
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
    })

    describe("product pictures", () => {
      it("gives every seeded product its own picture as thumbnail and image, stored by the File Module", async () => {
        expect(products).toHaveLength(71)
        for (const p of products) {
          expect(p.thumbnail).toMatch(/\/uploads\/\d+-.+\.webp$/)
          expect(p.images.map((i) => i.url)).toEqual([p.thumbnail])
        }
        expect(new Set(products.map((p) => p.thumbnail)).size).toBe(71)
        expect(readdirSync(uploads)).toHaveLength(71)
      })

      it("serves each picture as WebP with a one-year immutable Cache-Control, and distinct pictures", async () => {
        const digests = new Set<string>()
        for (const p of products.slice(0, 12)) {
          const res = await api.get(new URL(p.thumbnail!).pathname, { responseType: "arraybuffer" })
          expect(res.status).toBe(200)
          expect(res.headers["content-type"]).toBe("image/webp")
          expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
          expect(res.headers["x-content-type-options"]).toBe("nosniff")
          const body = Buffer.from(res.data)
          expect(body.subarray(0, 4).toString()).toBe("RIFF")
          expect(body.subarray(8, 12).toString()).toBe("WEBP")
          digests.add(createHash("sha256").update(body).digest("hex"))
        }
        expect(digests.size).toBe(12)
      })

      it("answers 404 for a missing file and for paths outside the upload folder", async () => {
        for (const url of ["/uploads/1-missing.webp", "/uploads/..%2Fpackage.json", "/uploads/.env"]) {
          const res = await api.get(url, { validateStatus: () => true })
          expect([url, res.status]).toEqual([url, 404])
        }
      })

      it("uploads nothing again on a second run, nor for a product an operator gave a photo", async () => {
        const photo = { id: products[0].id, thumbnail: null, images: [{ url: "https://files.example.cn/photo.jpg" }] }
        await updateProductsWorkflow(getContainer()).run({ input: { products: [photo] } })
        const again = await seedProductImages(getContainer())
        expect(again).toEqual({ total: 71, created: 0 })
        const after = await load()
        expect(after.find((p) => p.id === photo.id)).toMatchObject({ thumbnail: null, images: photo.images })
        expect(after.filter((p) => p.id !== photo.id)).toEqual(expect.arrayContaining(products.slice(1)))
        expect(readdirSync(uploads)).toHaveLength(71)
      })
    })

    describe("the store in zh-CN and en-US", () => {
      const get = (url: string, locale?: string) =>
        api.get(url, { headers: { ...shop.headers, ...(locale ? { "x-medusa-locale": locale } : {}) } })

      it("offers zh-CN and en-US as the store's locales", async () => {
        const store = await getContainer().resolve(Modules.STORE).listStores({}, { relations: ["supported_locales"] })
        expect(store[0].supported_locales!.map((l) => l.locale_code).sort()).toEqual(["en-US", "zh-CN"])
      })

      it("serves a product and its category in Chinese by default and in English for en-US", async () => {
        const path = `/store/products?handle=${HANDLE}&fields=title,subtitle,description,*categories`
        const zh = (await get(path)).data.products[0]
        expect(zh).toMatchObject({ title: "莎车巴旦木", subtitle: null, categories: [{ name: "干果水果" }] })
        expect(zh.description).toMatch(/^莎车巴旦木产自新疆维吾尔自治区喀什地区莎车县。/)
        expect(zh.description).not.toMatch(/[A-Za-z]{4}/)

        for (const en of [(await get(path, "en-US")).data.products[0], (await get(`${path}&locale=en-US`)).data.products[0]]) {
          expect(en).toMatchObject({ title: "Shache almonds", categories: [{ name: "Fruit & nuts" }] })
          expect(en.description).toMatch(/^Shache almonds from Shache, Kashgar Prefecture, Xinjiang\./)
        }
        // zh-CN has no translations: the stored Chinese.
        expect((await get(path, "zh-CN")).data.products[0].title).toBe("莎车巴旦木")
      })

      it("serves a county's name, specialty and story in the requested locale, keeping the stored columns", async () => {
        const zh = (await get(`/store/origins/counties/${COUNTY}`)).data.county
        expect(zh).toMatchObject({ name: "莎车县", name_zh: "莎车县", name_en: "Shache (Yarkant)", specialty: "巴旦木" })
        expect(zh.story).toMatch(/^莎车县地处新疆/)
        expect(zh.prefecture).toMatchObject({ name: "喀什地区", province: { name: "新疆维吾尔自治区" } })
        expect(zh.products[0].title).toBe("莎车巴旦木")

        const en = (await get(`/store/origins/counties/${COUNTY}?locale=en-US`)).data.county
        expect(en).toMatchObject({ name: "Shache (Yarkant)", name_zh: "莎车县", specialty: "almonds", specialty_zh: "巴旦木" })
        expect(en.story).toMatch(/^Shache lies in Kashgar Prefecture, Xinjiang/)
        expect(en.prefecture).toMatchObject({ name: "Kashgar Prefecture", province: { name: "Xinjiang" } })
        expect(en.products[0].title).toBe("Shache almonds")

        const tree = (await get("/store/origins", "en-US")).data.provinces
        const xinjiang = tree.find((p: { code: string }) => p.code === "65")
        expect(xinjiang).toMatchObject({ name: "Xinjiang", name_zh: "新疆维吾尔自治区" })
        const shache = xinjiang.prefectures.flatMap((p: { counties: unknown[] }) => p.counties).find((c: { code: string }) => c.code === COUNTY)
        expect(shache).toMatchObject({ name: "Shache (Yarkant)", specialty: "almonds" })
      })

      it("follows an operator's edit of a translation, and a re-run of the seed keeps it", async () => {
        const translation = getContainer().resolve(Modules.TRANSLATION)
        const { data } = await get(`/store/origins/counties/${COUNTY}`)
        const [row] = await translation.listTranslations({ reference_id: data.county.id, locale_code: "en-US" })
        await translation.updateTranslations({ id: row.id, translations: { ...row.translations, name_zh: "Yarkant County" } })
        await runSeed(getContainer())
        expect((await get(`/store/origins/counties/${COUNTY}`, "en-US")).data.county.name).toBe("Yarkant County")
      })
    })
  },
})
