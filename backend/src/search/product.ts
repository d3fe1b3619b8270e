import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, QueryContext, search } from "@medusajs/framework/utils"
import {
  PRODUCT_GRAPH_FIELDS,
  PRODUCT_PRICE_GRAPH_FIELD,
  toProductSearchDocument,
  withEnglish,
  type ProductSearchRow,
} from "../lib/search/product-search-document"
import { PRODUCT_SEARCH_EVENTS, resolveProductIds } from "../lib/search/product-search-events"
import { PRODUCT_SEARCH_INDEX } from "../lib/search/product-search-query"

const CHINESE = { meilisearch: { locales: ["cmn"] } }

const fields = search.define({
  id: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  handle: search.keyword(),
  title: search.keyword(),
  title_en: search.keyword(),
  title_sort: search.keyword().sortable().retrievable(false),
  subtitle: search.keyword(),
  thumbnail: search.keyword(),
  // PostgreSQL cannot segment Chinese, so these carry the words, character pairs and pinyin
  // (chineseSearchText) instead of the raw text; the weights rank a title match first.
  // Descriptions are left out: the provider keeps every field in the jsonb that each filter
  // and facet reads row by row, and with them a facet over 10,000 products took 3 to 6 times
  // as long. The store route reads the description of the page's hits from the product.
  // Meilisearch (when it is the provider) guesses short Chinese to be Japanese unless told.
  title_terms: search.text().searchable({ weight: 3 }).retrievable(false).providerOptions(CHINESE),
  origin_terms: search.text().searchable({ weight: 2 }).retrievable(false).providerOptions(CHINESE),
  county_code: search.keyword().filterable().facetable(),
  county_name_zh: search.keyword(),
  county_name_en: search.keyword(),
  province_code: search.keyword().filterable().facetable(),
  province_name_zh: search.keyword(),
  province_name_en: search.keyword(),
  category_handles: search.keyword().array().filterable().facetable(),
  category_names_zh: search.keyword().array(),
  category_names_en: search.keyword().array(),
  // The certificate's expiry rather than a flag: "certified" is decided at query time, so a
  // certificate that lapses needs no reindex.
  certified_until: search.date().filterable(),
  price_fen: search.integer().filterable().sortable(),
})

const source = {
  fields: [...PRODUCT_GRAPH_FIELDS, PRODUCT_PRICE_GRAPH_FIELD],
  context: { variants: { calculated_price: QueryContext({ currency_code: "cny" }) } },
  transform: async (rows: ProductSearchRow[], { container }: SearchTypes.SearchIngestionContext) =>
    (await withEnglish(container.query, rows)).map(toProductSearchDocument).filter((document) => document !== null),
}

export default defineSearchIndex({
  name: PRODUCT_SEARCH_INDEX,
  entity: "product",
  fields,
  events: PRODUCT_SEARCH_EVENTS,
  consume: graphConsume({
    ...source,
    resolve_ids: resolveProductIds,
    // Every other event means "read the product again"; one that is gone or unpublished
    // by then is deleted from the index by graphConsume itself.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
