import type { SearchTypes } from "@medusajs/framework/types"
import { QueryContext, search } from "@medusajs/framework/utils"
import {
  PRODUCT_GRAPH_FIELDS,
  PRODUCT_PRICE_GRAPH_FIELD,
  toProductSearchDocument,
  withEnglish,
  type ProductSearchDocument,
  type ProductSearchRow,
} from "./product-search-document"

/**
 * The fields a storefront search filters and counts facets by, defined once for the product
 * index and the facet index (src/search/product-facets.ts) so that both apply a filter alike.
 */
export const productFilterFields = () => ({
  id: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  county_code: search.keyword().filterable().facetable(),
  province_code: search.keyword().filterable().facetable(),
  category_handles: search.keyword().array().filterable().facetable(),
  // The certificate's expiry rather than a flag: "certified" is decided at query time, so a
  // certificate that lapses needs no reindex.
  certified_until: search.date().filterable(),
  price_fen: search.integer().filterable().sortable(),
})

/** Reads products for either index and turns them into that index's documents with `pick`. */
export function productSearchSource<T>(pick: (document: ProductSearchDocument) => T) {
  return {
    fields: [...PRODUCT_GRAPH_FIELDS, PRODUCT_PRICE_GRAPH_FIELD],
    context: { variants: { calculated_price: QueryContext({ currency_code: "cny" }) } },
    transform: async (rows: ProductSearchRow[], { container }: SearchTypes.SearchIngestionContext) =>
      (await withEnglish(container.query, rows)).flatMap((row) => {
        const document = toProductSearchDocument(row)
        return document === null ? [] : [pick(document)]
      }),
  }
}
