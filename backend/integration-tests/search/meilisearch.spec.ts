import type { SearchTypes } from "@medusajs/framework/types"
import MeilisearchSearchService from "../../src/modules/meilisearch-search/service"

/**
 * Against a real Meilisearch, which this machine cannot run: set MEILISEARCH_HOST (and
 * MEILISEARCH_API_KEY) to run it, e.g. against the docker-compose service.
 */
const host = process.env.MEILISEARCH_HOST
const describeWithMeilisearch = host ? describe : describe.skip
if (!host) {
  console.log("meilisearch.spec: skipped, MEILISEARCH_HOST is not set (e.g. MEILISEARCH_HOST=http://127.0.0.1:7700)")
}

jest.setTimeout(120_000)

describeWithMeilisearch("Meilisearch provider against a real server", () => {
  let provider: MeilisearchSearchService
  const physical = `oc_test_${Math.random().toString(36).slice(2, 8)}`
  const index: SearchTypes.ResolvedSearchIndexDefinition = {
    name: "store_product",
    entity: "product",
    primary_key: "id",
    provider: "meilisearch",
    settings: {},
    definition_hash: "test",
    physical_name: physical,
    seed: async function* () {},
    fields: {
      id: { type: "keyword", filterable: true },
      title: { type: "text", searchable: { weight: 3 }, provider_options: { meilisearch: { locales: ["cmn"] } } },
      county_code: { type: "keyword", filterable: true, facetable: true },
      certified_until: { type: "date", filterable: true },
      price_fen: { type: "integer", filterable: true, sortable: true },
    },
  }
  const wait = async (task: Promise<SearchTypes.SearchTask>) => {
    const done = await provider.waitForTask((await task)!, { timeout_ms: 60_000 })
    expect(done.status).toBe("succeeded")
  }
  const query = (over: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery => ({
    index,
    attributes_to_retrieve: ["id", "title", "county_code", "certified_until", "price_fen"],
    ...over,
  })

  beforeAll(() => {
    provider = new MeilisearchSearchService({ logger: console as never }, { host: host!, apiKey: process.env.MEILISEARCH_API_KEY })
  })

  afterAll(async () => {
    await provider.deleteIndex({ index: physical })
  })

  it("creates the index, upserts, searches Chinese with filters, facets, sort and highlight, deletes", async () => {
    await wait(provider.upsertIndex({ index }))
    await wait(
      provider.upsertDocuments({
        index: physical,
        definition: index,
        documents: [
          { id: "p1", title: "普洱咖啡", county_code: "530821", certified_until: "2030-01-01T00:00:00Z", price_fen: 5800 },
          { id: "p2", title: "小粒咖啡豆", county_code: "530822", certified_until: "2020-01-01T00:00:00Z", price_fen: 3900 },
          { id: "p3", title: "核桃", county_code: "530821", price_fen: 2500 },
        ],
      })
    )
    const coffee = await provider.search(
      query({ q: "咖啡", pagination: { order: { price_fen: "ASC" } }, search_options: { facets: ["county_code"], highlight: true } })
    )
    expect(coffee.hits.map((h) => h.id)).toEqual(["p2", "p1"])
    expect(coffee.hits[1].highlights?.title?.[0]).toContain("<mark>咖啡</mark>")
    expect(coffee.facets?.county_code).toEqual({ type: "value", values: [{ value: "530821", count: 1 }, { value: "530822", count: 1 }] })

    const certified = await provider.search(query({ q: "咖啡", filters: { certified_until: { $gt: new Date("2026-01-01") } } }))
    expect(certified.hits.map((h) => h.id)).toEqual(["p1"])
    expect(certified.hits[0].document.certified_until).toBe("2030-01-01T00:00:00.000Z")

    await wait(provider.deleteDocuments({ index: physical, filters: { id: ["p1"] } }))
    const left = await provider.search(query({ filters: { county_code: "530821" } }))
    expect(left.hits.map((h) => h.id)).toEqual(["p3"])
    expect((await provider.listIndexes()).find((i) => i.name === physical)?.document_count).toBe(2)
  })
})
