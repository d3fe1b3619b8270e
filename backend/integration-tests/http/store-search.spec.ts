import {
  batchTranslationsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
  updateStoresWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, storefront } from "../helpers/actors"
import { settle } from "../helpers/http"
import { buildProductSearchQuery, type ProductSearchParams } from "../../src/lib/search/product-search-query"
import { searchProducts, toFacets } from "../../src/lib/search/search-products"

jest.setTimeout(240_000)

/** Retries until the check passes: the index follows the catalogue through events, asynchronously. */
async function eventually(check: () => Promise<void>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

type Product = "coffee" | "tea" | "walnuts" | "draft" | "elsewhere"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Awaited<ReturnType<typeof storefront>>
    let admin: { headers: Record<string, string> }
    let ids: Record<Product, string>

    const search = async (params = "", locale?: string) =>
      (await api.get(`/store/search/products?${params}`, { headers: { ...shop.headers.headers, ...(locale ? { "x-medusa-locale": locale } : {}) } })).data
    const found = async (params: string) => (await search(params)).hits.map((hit: { id: string }) => hit.id)
    const post = (url: string, body: unknown) => settle(api.post(url, body, admin))

    beforeAll(async () => {
      // The app fills the new product index in the background on start, and the runner
      // snapshots the database for every test once the suite's beforeAll hooks are done:
      // a snapshot taken before the index is live would start every test without one.
      const searchModule = getContainer().resolve(Modules.SEARCH)
      await eventually(async () => {
        const indexes = await searchModule.listIndexes()
        expect(indexes.filter((index) => index.status === "ready").map((index) => index.name).sort()).toEqual([
          "search_term",
          "store_product",
          "store_product_facets",
        ])
      }, 120_000)
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminHeaders(container)
      shop = await storefront(container)
      const counter = await storefront(container, "A counter")
      const county = async (code: string, name_en: string) =>
        (await post("/admin/origins/counties", { code, name_en })).data.county.id as string
      const lancang = await county("530828", "Lancang")
      const menghai = await county("532822", "Menghai")
      const yecheng = await county("653126", "Yecheng")
      const certification = (
        await post("/admin/origins/certifications", {
          number: "XFBF-2021-530828-001",
          issuer: "上海市合作交流办",
          issued_at: "2021-03-01",
          expires_at: "2099-12-31",
        })
      ).data.certification.id

      // English names and descriptions are en-US translations (Medusa's Translation Module).
      const [store] = await container.resolve(Modules.STORE).listStores({})
      await updateStoresWorkflow(container).run({
        input: { selector: { id: store.id }, update: { supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en-US" }] } },
      })
      const english = (reference: string, reference_id: string, translations: Record<string, string>) =>
        batchTranslationsWorkflow(container).run({
          input: { create: [{ reference, reference_id, locale_code: "en-US", translations }], update: [], delete: [] },
        })
      const { result: categories } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: [
            { name: "咖啡", handle: "coffee", is_active: true },
            { name: "茶叶", handle: "tea", is_active: true },
            { name: "干果坚果", handle: "fruit-nuts", is_active: true },
          ],
        },
      })
      const categoryEn: Record<string, string> = { coffee: "Coffee", tea: "Tea", "fruit-nuts": "Dried fruit & nuts" }
      for (const c of categories) {
        await english("product_category", c.id, { name: categoryEn[c.handle] })
      }
      const categoryId = Object.fromEntries(categories.map((c) => [c.handle, c.id]))
      const product = async (
        title: string,
        titleEn: string,
        category: string,
        amount: number,
        channelId: string,
        status: "published" | "draft" = "published"
      ) => {
        const { result } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title,
                description: `${title}，产地直供。`,
                status,
                category_ids: [categoryId[category]],
                sales_channels: [{ id: channelId }],
                options: [{ title: "规格", values: ["默认"] }],
                variants: [{ title: "默认", options: { 规格: "默认" }, prices: [{ amount, currency_code: "cny" }] }],
              },
            ],
          },
        })
        await english("product", result[0].id, { title: titleEn, description: `${titleEn}, sold at source.` })
        return result[0].id
      }
      ids = {
        coffee: await product("澜沧普洱咖啡 454g", "Lancang Pu'er coffee, 454 g", "coffee", 88, shop.channel.id),
        tea: await product("勐海普洱茶 357g 七子饼", "Menghai Pu'er tea cake, 357 g", "tea", 128, shop.channel.id),
        walnuts: await product("叶城薄皮核桃 1kg", "Yecheng thin-shell walnuts, 1 kg", "fruit-nuts", 45.5, shop.channel.id),
        draft: await product("澜沧咖啡 试制", "Lancang coffee, trial batch", "coffee", 10, shop.channel.id, "draft"),
        elsewhere: await product("澜沧咖啡 专柜装", "Lancang coffee, counter pack", "coffee", 10, counter.channel.id),
      }
      const origins: [string, Record<string, string>][] = [
        [ids.coffee, { county_id: lancang, certification_id: certification }],
        [ids.tea, { county_id: menghai }],
        [ids.walnuts, { county_id: yecheng }],
        [ids.draft, { county_id: lancang }],
        [ids.elsewhere, { county_id: lancang }],
      ]
      for (const [productId, origin] of origins) {
        expect((await post(`/admin/products/${productId}/origin`, origin)).status).toBe(200)
      }
      // Origin links reach the index through the link's own events, after the products.
      await eventually(async () => {
        expect((await search()).facets.province).toEqual([
          { value: "53", count: 2 },
          { value: "65", count: 1 },
        ])
      })
    })

    it("finds the Pu'er coffee by 咖啡, 普洱咖啡 and kafei, with highlights", async () => {
      expect(await found("q=咖啡")).toEqual([ids.coffee])
      expect(await found("q=普洱咖啡")).toEqual([ids.coffee])
      expect(await found("q=kafei")).toEqual([ids.coffee])
      expect(await found("q=ka%20fei")).toEqual([ids.coffee])
      expect(await found("q=kf")).toEqual([ids.coffee])
      expect(await found("q=Pu'er%20coffee")).toEqual([ids.coffee])
      expect(new Set(await found("q=普洱"))).toEqual(new Set([ids.coffee, ids.tea]))
      expect(await found("q=核桃")).toEqual([ids.walnuts])
      expect(await found("q=hetao")).toEqual([ids.walnuts])
      expect(await found("q=云南")).toHaveLength(2)

      const { hits, query } = await search("q=普洱咖啡")
      expect(query).toEqual({ q: "普洱咖啡", terms: "普洱 洱咖 咖啡", corrected: false })
      expect(hits[0]).toMatchObject({
        title: "澜沧普洱咖啡 454g",
        description: "澜沧普洱咖啡 454g，产地直供。",
        county: { code: "530828", name_zh: "澜沧拉祜族自治县", name_en: "Lancang" },
        province: { code: "53", name_zh: "云南省" },
        categories: [{ handle: "coffee", name_zh: "咖啡", name_en: "Coffee" }],
        certified: true,
        price_fen: 8800,
        highlight: { title: "澜沧<mark>普洱咖啡</mark> 454g", subtitle: null },
      })

      // The same hit asked for in English: the title and description are the en-US translations.
      const [en] = (await search("q=普洱咖啡", "en-US")).hits
      expect(en).toMatchObject({
        title: "Lancang Pu'er coffee, 454 g",
        description: "Lancang Pu'er coffee, 454 g, sold at source.",
        categories: [{ handle: "coffee", name_zh: "咖啡", name_en: "Coffee" }],
      })
      expect((await search("q=coffee&locale=en-US")).hits[0].title).toBe("Lancang Pu'er coffee, 454 g")
    })

    it("corrects a misspelled Latin word that matches nothing", async () => {
      const typo = await search("q=cofee")
      expect(typo.hits.map((hit: { id: string }) => hit.id)).toEqual([ids.coffee])
      expect(typo.query).toEqual({ q: "cofee", terms: "coffee", corrected: true })
      expect(await found("q=walnts")).toEqual([ids.walnuts])
      expect(await found("q=yecheng%20walnts")).toEqual([ids.walnuts])
      expect(await found("q=kafie")).toEqual([ids.coffee])

      const exact = await search("q=walnuts")
      expect(exact.query.corrected).toBe(false)
      expect(exact.hits.map((hit: { id: string }) => hit.id)).toEqual([ids.walnuts])
      // Three letters are too few to tell a slip from another word.
      expect(await found("q=tae")).toEqual([])
    })

    it("counts facets over what the storefront may see and applies the filters", async () => {
      const all = await search()
      expect(all.count).toBe(3)
      expect(new Set(all.hits.map((hit: { id: string }) => hit.id))).toEqual(new Set([ids.coffee, ids.tea, ids.walnuts]))
      expect(all.facets).toEqual({
        province: [
          { value: "53", count: 2 },
          { value: "65", count: 1 },
        ],
        county: expect.arrayContaining([
          { value: "530828", count: 1 },
          { value: "532822", count: 1 },
          { value: "653126", count: 1 },
        ]),
        category: expect.arrayContaining([
          { value: "coffee", count: 1 },
          { value: "tea", count: 1 },
          { value: "fruit-nuts", count: 1 },
        ]),
      })

      const yunnan = await search("province=53")
      expect(yunnan.count).toBe(2)
      // A facet ignores its own filter, so the other provinces stay on offer.
      expect(yunnan.facets.province).toEqual([
        { value: "53", count: 2 },
        { value: "65", count: 1 },
      ])
      expect(yunnan.facets.category).toHaveLength(2)

      expect(await found("category=tea")).toEqual([ids.tea])
      expect(new Set(await found("category=tea,fruit-nuts"))).toEqual(new Set([ids.tea, ids.walnuts]))
      const lancang = await search("county=530828")
      expect(lancang.hits.map((hit: { id: string }) => hit.id)).toEqual([ids.coffee])
      expect(lancang.facets.province).toEqual([{ value: "53", count: 1 }])
      expect(lancang.facets.county).toHaveLength(3)
      expect(await found("certified=true")).toEqual([ids.coffee])
      expect(new Set(await found("certified=false"))).toEqual(new Set([ids.tea, ids.walnuts]))
      expect(await found("price_min=5000&price_max=10000")).toEqual([ids.coffee])
      expect(await found("q=普洱&category=tea")).toEqual([ids.tea])
      expect(await found("sort=price")).toEqual([ids.walnuts, ids.coffee, ids.tea])
      expect(await found("sort=-price")).toEqual([ids.tea, ids.coffee, ids.walnuts])
      // By pinyin: lan cang…, meng hai…, ye cheng…
      expect(await found("sort=title")).toEqual([ids.coffee, ids.tea, ids.walnuts])
      expect(await found("limit=1&offset=1&sort=price")).toEqual([ids.coffee])

      const bad = await settle(api.get("/store/search/products?price_min=9&price_max=1", shop.headers))
      expect(bad.status).toBe(400)
    })

    it("counts a browse on the facet index as the product index counts it", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const scope = { sales_channel_ids: [shop.channel.id], now: new Date() }
      const browses: Partial<ProductSearchParams>[] = [
        {},
        { province: ["53"] },
        { county: ["530828"] },
        { category: ["tea", "fruit-nuts"] },
        { certified: true },
        { certified: false, province: ["53"] },
        { price_min: 5000, price_max: 10000 },
        { sort: "price", category: ["coffee"] },
      ]
      for (const browse of browses) {
        const params = { limit: 20, offset: 0, ...browse }
        const { search_options, ...rest } = buildProductSearchQuery(params, null, scope)
        const { facets, disjunctive_facets, ...options } = search_options ?? {}
        const onProductIndex = async () => {
          const [hits, counted] = await Promise.all([
            query.search({ ...rest, search_options: options }),
            query.search({ ...rest, fields: ["id"], pagination: { take: 0 }, search_options: { ...options, facets, disjunctive_facets } }),
          ])
          return { count: hits.search_result.metadata.count, facets: toFacets(counted.search_result.facets) }
        }
        // The two indexes follow the catalogue's events each on its own.
        await eventually(async () => {
          const answer = await searchProducts(query, params, scope)
          expect({ browse, count: answer.count, facets: answer.facets }).toEqual({ browse, ...(await onProductIndex()) })
        })
      }
    })

    it("follows price, origin, category and status changes", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { product_id: ids.coffee } })
      await updateProductVariantsWorkflow(container).run({
        input: { product_variants: [{ id: data[0].id, prices: [{ amount: 30, currency_code: "cny" }] }] },
      })
      await eventually(async () => {
        expect((await search("q=kafei")).hits[0].price_fen).toBe(3000)
      })

      await post(`/admin/products/${ids.tea}/origin`, { county_id: null })
      await eventually(async () => {
        expect(await found("province=53")).toEqual([ids.coffee])
      })

      await updateProductsWorkflow(container).run({
        input: { products: [{ id: ids.walnuts, category_ids: [], status: "draft" }] },
      })
      await eventually(async () => {
        expect(await found("q=核桃")).toEqual([])
      })
    })
  },
})
