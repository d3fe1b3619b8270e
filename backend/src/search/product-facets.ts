import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { ProductSearchDocument } from "../lib/search/product-search-document"
import { PRODUCT_SEARCH_EVENTS, resolveProductIds } from "../lib/search/product-search-events"
import { PRODUCT_FACET_INDEX } from "../lib/search/product-search-query"
import { productFilterFields, productSearchSource } from "../lib/search/product-search-source"

/**
 * The product index's filter fields and nothing else, for counting a browse (a search without
 * words) and its facets. Each count is a pass over every matching document's fields, and on the
 * PostgreSQL provider a product index row carries its text, names and vectors (about 3 kB): at
 * 10,000 products the passes over these rows of a tenth of that size are what keeps a browse's
 * facets fast. Fed by the same events and documents as the product index.
 */
const fields = productFilterFields()

const pick = (document: ProductSearchDocument) => ({
  id: document.id,
  sales_channel_ids: document.sales_channel_ids,
  county_code: document.county_code,
  province_code: document.province_code,
  category_handles: document.category_handles,
  certified_until: document.certified_until,
  price_fen: document.price_fen,
})

const source = productSearchSource(pick)

export default defineSearchIndex({
  name: PRODUCT_FACET_INDEX,
  entity: "product",
  fields: search.define(fields),
  events: PRODUCT_SEARCH_EVENTS,
  consume: graphConsume({
    ...source,
    resolve_ids: resolveProductIds,
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
