import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import { ONLINE_KEY_TITLE } from "../../src/scripts/seed/store"

jest.setTimeout(600_000)

const runSeed = (container: MedusaContainer) => seed({ container, args: [] } as any)

// 莎车县 and its almonds, as the seed writes them from the reference data.
const COUNTY = "653125"
const HANDLE = "653125-almonds"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: { headers: Record<string, string> }

    beforeAll(async () => {
      await runSeed(getContainer())
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({ entity: "api_key", fields: ["token", "title"] })
      shop = { headers: { "x-publishable-api-key": keys.find((k: { title: string }) => k.title === ONLINE_KEY_TITLE)!.token } }
    })

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
  },
})
