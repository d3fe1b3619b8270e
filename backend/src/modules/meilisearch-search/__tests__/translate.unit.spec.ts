import type { SearchTypes } from "@medusajs/framework/types"
// First: defineSearchIndex registers the definition with the global MedusaModule this sets up.
import "@medusajs/framework/modules-sdk"
import productIndex from "../../../search/product"
import { buildProductSearchQuery } from "../../../lib/search/product-search-query"
import { primaryKeyIds, toMeiliFilter } from "../filters"
import { fromMeiliResponse, toMeiliSearch } from "../query"
import { decodeDocument, encodeDocument, MAX_VALUES_PER_FACET, toMeiliSettings } from "../settings"

const resolved = (definition: typeof productIndex): SearchTypes.ResolvedSearchIndexDefinition => ({
  ...definition,
  primary_key: "id",
  provider: "meilisearch",
  settings: {},
  definition_hash: "h",
  physical_name: "store_product_v2",
})
const index = resolved(productIndex)

describe("Meilisearch settings from the store_product definition", () => {
  const settings = toMeiliSettings(index)

  it("lists searchable fields heaviest first and marks the Chinese ones cmn", () => {
    expect(settings.searchableAttributes).toEqual(["title_terms", "origin_terms"])
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ["title_terms", "origin_terms"], locales: ["cmn"] }])
  })

  it("makes filters, facets and sorts available and hides index-only fields", () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["id", "sales_channel_ids", "county_code", "province_code", "category_handles", "certified_until", "price_fen"])
    )
    expect(settings.sortableAttributes).toEqual(["id", "title_sort", "price_fen"])
    expect(settings.displayedAttributes).toContain("county_name_zh")
    expect(settings.displayedAttributes).not.toContain("title_terms")
    expect(settings.displayedAttributes).not.toContain("sales_channel_ids")
    expect(settings.faceting.maxValuesPerFacet).toBe(MAX_VALUES_PER_FACET)
  })

  it("refuses range facets, which Meilisearch cannot compute", () => {
    expect(() =>
      toMeiliSettings({ ...index, fields: { id: { type: "keyword" }, price: { type: "integer", facetable: { types: ["range"] } } } })
    ).toThrow("store_product.price: Meilisearch has no range facets")
  })

  it("stores dates as epoch milliseconds and gives them back as ISO strings", () => {
    const dates = new Set(["certified_until"])
    const stored = encodeDocument({ id: "p", certified_until: "2030-01-01T00:00:00.000Z" }, dates)
    expect(stored).toEqual({ id: "p", certified_until: Date.UTC(2030, 0, 1) })
    expect(decodeDocument(stored, dates)).toEqual({ id: "p", certified_until: "2030-01-01T00:00:00.000Z" })
  })
})

describe("Meilisearch filters", () => {
  it("compiles values, lists, ranges, existence, $or and $not, quoting strings", () => {
    expect(
      toMeiliFilter({
        sales_channel_ids: ["sc_1", "sc_2"],
        county_code: "653125",
        price_fen: { $gte: 100, $lte: 5000 },
        $or: [{ certified_until: { $lte: 5 } }, { certified_until: { $exists: false } }],
        $not: { title: 'say "hi"' },
      })
    ).toBe(
      'sales_channel_ids IN ["sc_1", "sc_2"] AND county_code = "653125" AND price_fen >= 100 AND price_fen <= 5000 AND ' +
        '(certified_until <= 5 OR certified_until NOT EXISTS) AND NOT (title = "say \\"hi\\"")'
    )
  })

  it("turns dates into epoch ms, $contains into one equality per value, null into IS NULL", () => {
    expect(toMeiliFilter({ certified_until: { $gt: "2030-01-01T00:00:00Z" } }, new Set(["certified_until"]))).toBe(
      `certified_until > ${Date.UTC(2030, 0, 1)}`
    )
    expect(toMeiliFilter({ tags: { $contains: ["a", "b"] }, subtitle: null })).toBe('(tags = "a" AND tags = "b") AND subtitle IS NULL')
  })

  it("refuses substring operators rather than approximating them", () => {
    expect(() => toMeiliFilter({ title: { $like: "咖" } })).toThrow("title: the Meilisearch provider cannot filter with $like")
  })

  it("recognises a delete by primary key", () => {
    expect(primaryKeyIds({ id: ["p1", "p2"] }, "id")).toEqual(["p1", "p2"])
    expect(primaryKeyIds({ id: { $in: ["p1"] } }, "id")).toEqual(["p1"])
    expect(primaryKeyIds({ county_code: "1" }, "id")).toBeNull()
  })
})

describe("Meilisearch queries", () => {
  const now = new Date("2026-01-01T00:00:00Z")
  const storeQuery = buildProductSearchQuery(
    { q: "咖啡", county: ["530821"], price_max: 5000, sort: "-price", certified: true, limit: 12, offset: 24 },
    { text: "咖啡" } as never,
    { sales_channel_ids: ["sc_1"], now }
  )
  const { q, ...filters } = storeQuery.filters!
  const input: SearchTypes.ProviderSearchQuery = {
    index,
    q: q as string,
    filters,
    pagination: storeQuery.pagination,
    search_options: { ...storeQuery.search_options, highlight: { fields: ["title"], pre_tag: "<b>", post_tag: "</b>" } },
    attributes_to_retrieve: storeQuery.fields!,
  }

  it("translates the storefront's query: text, filters, facets, sort, page, highlight", () => {
    expect(toMeiliSearch(input)).toEqual(
      expect.objectContaining({
        indexUid: "store_product_v2",
        q: "咖啡",
        filter: `sales_channel_ids IN ["sc_1"] AND county_code IN ["530821"] AND certified_until > ${now.getTime()} AND price_fen <= 5000`,
        facets: ["county_code", "category_handles", "province_code"],
        offset: 24,
        limit: 12,
        matchingStrategy: "last",
        attributesToHighlight: ["title"],
        highlightPreTag: "<b>",
        highlightPostTag: "</b>",
      })
    )
  })

  it("sorts by the requested field first, and only by fields the index makes sortable", () => {
    const { sort } = toMeiliSearch(input)
    expect(sort![0]).toBe("price_fen:desc")
    expect(sort!.every((s) => toMeiliSettings(index).sortableAttributes.includes(s.split(":")[0]))).toBe(true)
  })

  it("refuses cursors and range facets", () => {
    expect(() => toMeiliSearch({ ...input, pagination: { cursor: "x" } })).toThrow("pagination.cursor")
    expect(() => toMeiliSearch({ ...input, search_options: { facets: [{ field: "price_fen", type: "range", ranges: [] }] } })).toThrow(
      "price_fen: Meilisearch has no range facets"
    )
  })

  it("reads hits, highlights, facet counts (by count, then value, to the limit) and the total", () => {
    const result = fromMeiliResponse(
      { ...input, search_options: { ...input.search_options, facets: [{ field: "county_code", limit: 2 }] } },
      {
        hits: [{ id: "prod_1", title: "普洱咖啡", certified_until: Date.UTC(2030, 0, 1), _formatted: { title: "普洱<b>咖啡</b>" }, _rankingScore: 0.9 }],
        estimatedTotalHits: 37,
        facetDistribution: { county_code: { "530821": 3, "530822": 9, "530823": 3 } },
        processingTimeMs: 2,
      }
    )
    expect(result.hits).toEqual([
      {
        id: "prod_1",
        score: 0.9,
        document: { id: "prod_1", title: "普洱咖啡", certified_until: "2030-01-01T00:00:00.000Z" },
        highlights: { title: ["普洱<b>咖啡</b>"] },
      },
    ])
    expect(result.facets!.county_code).toEqual({
      type: "value",
      values: [
        { value: "530822", count: 9 },
        { value: "530821", count: 3 },
      ],
    })
    expect(result.metadata).toEqual({ skip: 24, take: 12, count: 37, processing_time_ms: 2 })
  })
})
