import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, search } from "@medusajs/framework/utils"
import { PRODUCT_GRAPH_FIELDS, toProductSearchDocument, withEnglish, type ProductSearchRow } from "../lib/search/product-search-document"
import { PRODUCT_SEARCH_EVENTS, resolveProductIds } from "../lib/search/product-search-events"
import { SEARCH_TERM_INDEX, spellableWords } from "../lib/search/spelling"

const PAGE_SIZE = 500

/** One document per word, the word being its id: the vocabulary correctSpelling draws from. */
function wordDocuments(rows: ProductSearchRow[]) {
  const words = new Set(
    rows.flatMap((row) => {
      const document = toProductSearchDocument(row)
      return document ? spellableWords(document) : []
    })
  )
  // Sorted: concurrent product events upsert overlapping words, and rows locked in one order
  // wait for each other where rows locked in any order deadlock.
  return [...words].sort().map((id) => ({ id }))
}

async function readProducts(query: SearchTypes.SearchContainer["query"], filters: Record<string, unknown>, cursor?: string) {
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_GRAPH_FIELDS,
    filters: cursor ? { ...filters, id: { $gt: cursor } } : filters,
    pagination: { take: PAGE_SIZE, order: { id: "ASC" } },
  })
  return withEnglish(query, data as ProductSearchRow[])
}

export default defineSearchIndex({
  name: SEARCH_TERM_INDEX,
  // Never hydrated: a word is all a document holds.
  entity: "product",
  fields: search.define({
    id: search.keyword().filterable().searchable(),
  }),
  // Words are only added. One that no product holds any more corrects a query to nothing found,
  // which is what the misspelling found, until a reindex leaves it out.
  events: PRODUCT_SEARCH_EVENTS,
  async consume(event, context) {
    const ids = await resolveProductIds(event, context)
    const documents = ids.length ? wordDocuments(await readProducts(context.container.query, { id: ids })) : []
    return documents.length ? [{ action: "upsert" as const, documents }] : []
  },
  // Starts over when interrupted: the progress the module keeps is the last word written, which
  // says nothing about how far through the products the seed was.
  async *seed({ container: { query }, catchup }) {
    const filters = catchup ? { updated_at: { $gte: catchup.since } } : {}
    let cursor: string | undefined
    for (;;) {
      const rows = await readProducts(query, filters, cursor)
      const documents = wordDocuments(rows)
      if (documents.length) {
        yield [{ action: "upsert" as const, documents }]
      }
      if (rows.length < PAGE_SIZE) {
        return
      }
      cursor = rows[rows.length - 1].id
    }
  },
})
