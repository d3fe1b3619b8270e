import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_EVENTS, resolveProductIds } from "../lib/search/product-search-events"
import { PRODUCT_SEARCH_INDEX } from "../lib/search/product-search-query"
import { productFilterFields, productSearchSource } from "../lib/search/product-search-source"

const CHINESE = { meilisearch: { locales: ["cmn"] } }

const { id, sales_channel_ids, county_code, province_code, category_handles, certified_until, price_fen } = productFilterFields()

const fields = search.define({
  id,
  sales_channel_ids,
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
  county_code,
  county_name_zh: search.keyword(),
  county_name_en: search.keyword(),
  province_code,
  province_name_zh: search.keyword(),
  province_name_en: search.keyword(),
  category_handles,
  category_names_zh: search.keyword().array(),
  category_names_en: search.keyword().array(),
  certified_until,
  price_fen,
})

const source = productSearchSource((document) => document)

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
