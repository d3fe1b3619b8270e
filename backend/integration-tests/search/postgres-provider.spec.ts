import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import counties from "../../src/data/paired-counties.json"
import type PostgresSearchProvider from "../../src/modules/postgres-search/service"
import { toProductSearchDocument, type ProductSearchRow } from "../../src/lib/search/product-search-document"
import type { ProductSearchParams } from "../../src/lib/search/product-search-query"
import { PRODUCT_FACET_INDEX, PRODUCT_SEARCH_INDEX } from "../../src/lib/search/product-search-query"
import { searchProducts } from "../../src/lib/search/search-products"

jest.setTimeout(240_000)

const CHANNEL = "sc_provider_spec"
const GOODS: [string, string, string][] = [
  ["tea", "普洱茶", "Pu'er tea"],
  ["tea", "红茶", "black tea"],
  ["coffee", "普洱咖啡", "Pu'er coffee"],
  ["coffee", "咖啡豆", "coffee beans"],
  ["fruit-nuts", "核桃", "walnuts"],
  ["condiments", "蜂蜜", "honey"],
]
const NAMES: Record<string, string> = { tea: "茶叶", coffee: "咖啡", "fruit-nuts": "干果坚果", condiments: "调味品" }

/** Products spread over few counties and categories, so facet values tie on their counts. */
function row(i: number): ProductSearchRow {
  const county = counties[(i * 7) % 40]
  const [handle, good, goodEn] = GOODS[i % GOODS.length]
  // Two categories on some products: an array facet counts the product under each.
  const handles = i % 5 === 0 ? [handle, "other"] : [handle]
  const expiry = i % 3 === 0 ? null : new Date(Date.now() + (i % 3 === 1 ? 1 : -1) * 86_400_000 * 365)
  return {
    id: `provider-spec-${String(i).padStart(3, "0")}`,
    handle: `provider-spec-${i}`,
    title: `${county.name_zh.slice(0, 2)}${good} ${i % 2 ? "特级" : "礼盒装"}`,
    title_en: `${county.name_en} ${goodEn}`,
    subtitle: null,
    thumbnail: null,
    status: "published",
    sales_channels: [{ id: CHANNEL }],
    categories: handles.map((h) => ({ handle: h, name: NAMES[h] ?? "其他", name_en: h, is_active: true, is_internal: false })),
    county: {
      code: county.code,
      name_zh: county.name_zh,
      name_en: county.name_en,
      specialty_zh: county.specialty_zh,
      specialty_en: county.specialty_en,
      prefecture: { name_zh: county.prefecture_zh, name_en: "", province: { code: county.province_code, name_zh: county.province_zh, name_en: "" } },
    },
    certification: expiry ? { expires_at: expiry } : null,
    variants: [{ calculated_price: { calculated_amount: 20 + ((i * 37) % 300) } }],
  }
}

const SEARCHES: Partial<ProductSearchParams>[] = [
  {},
  { category: ["tea"] },
  { category: ["tea", "other"], sort: "price" },
  { province: ["53"], certified: true },
  { certified: false },
  { county: [counties[0].code, counties[7].code], category: ["coffee"] },
  { price_min: 5000, price_max: 20000 },
  { q: "茶", sort: "price" },
  { q: "普洱咖啡" },
  { q: "kafei", province: ["53"] },
  { q: "coffee", certified: true, offset: 5 },
  { q: "cofee" },
  { q: "nothing-like-this" },
  { offset: 500 },
]

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    beforeAll(async () => {
      // The app fills the indexes in the background on start; documents can be written once they are.
      const searchModule = getContainer().resolve(Modules.SEARCH)
      const deadline = Date.now() + 120_000
      while ((await searchModule.listIndexes()).some((index) => index.status !== "ready")) {
        if (Date.now() > deadline) {
          throw new Error("the search indexes were not ready within 2 minutes")
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    })

    it("answers every search as Medusa's PostgreSQL provider does, and keeps the filter columns in the row", async () => {
      const container = getContainer()
      const searchModule = container.resolve(Modules.SEARCH)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const documents = Array.from({ length: 240 }, (_, i) => toProductSearchDocument(row(i))!)
      for (const index of [PRODUCT_SEARCH_INDEX, PRODUCT_FACET_INDEX]) {
        await searchModule.upsertDocuments({ index, documents })
      }

      // The provider the module holds, to compare each query it is sent with the same query
      // answered by the class it extends.
      const provider = (
        searchModule as unknown as { searchProviderService_: { retrieve: (id: string) => PostgresSearchProvider } }
      ).searchProviderService_.retrieve(PostgresSearchService.identifier)
      const sent: SearchTypes.ProviderSearchQuery[] = []
      const search = provider.search.bind(provider)
      provider.search = (input) => {
        sent.push(input)
        return search(input)
      }
      try {
        for (const params of SEARCHES) {
          await searchProducts(query, { limit: 20, offset: 0, ...params }, { sales_channel_ids: [CHANNEL], now: new Date() })
        }
      } finally {
        provider.search = search
      }

      const withoutTime = ({ metadata: { processing_time_ms: _, ...metadata }, ...result }: SearchTypes.SearchResult) => ({ ...result, metadata })
      const counting = sent.filter((input) => input.pagination?.take === 0)
      expect(counting.length).toBeGreaterThan(SEARCHES.length)
      for (const input of sent) {
        const answer = withoutTime(await provider.search(input))
        expect({ input, answer }).toEqual({ input, answer: withoutTime(await PostgresSearchService.prototype.search.call(provider, input)) })
      }
      // Not vacuous: the counting searches found something to count.
      const totals = await Promise.all(counting.map(async (input) => (await provider.search(input)).metadata.count ?? 0))
      expect(Math.max(...totals)).toBeGreaterThan(0)

      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await db.raw(
        `select c.relname, a.attname, a.attstorage, c.reloptions
           from search_postgres_index i
           join pg_class c on c.relname = i.table_name
           join pg_attribute a on a.attrelid = c.oid and a.attname in ('indexed', 'search_vector')`
      )
      expect(rows.length).toBe(6)
      for (const column of rows) {
        expect(column).toEqual({ ...column, attstorage: "m", reloptions: ["parallel_workers=0"] })
      }
    })
  },
})
