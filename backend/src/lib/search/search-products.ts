import type { RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"
import type { SearchHit } from "@onecounty/contracts/store"
import { ENGLISH } from "../i18n/locales"
import { highlight } from "./highlight"
import type { ProductSearchDocument } from "./product-search-document"
import {
  buildProductSearchQuery,
  PRODUCT_FACET_INDEX,
  provinceCounts,
  type ProductSearchParams,
  type ProductSearchScope,
} from "./product-search-query"
import { toSearchTerms, type SearchTerms } from "./search-terms"
import { correctSpelling } from "./spelling"

type HitDocument = Partial<ProductSearchDocument>
type FacetValue = { value: string; count: number }

function toHit(id: string, document: HitDocument, description: string | null, terms: SearchTerms | null, scope: ProductSearchScope): SearchHit {
  const names = (zh: string | null | undefined, en: string | null | undefined) => ({ name_zh: zh ?? null, name_en: en ?? null })
  const handles = document.category_handles ?? []
  // The title in the request's locale: the index holds the Chinese title and its en-US translation.
  const title = (scope.locale === ENGLISH && document.title_en) || document.title
  return {
    id,
    handle: document.handle ?? null,
    title: title ?? null,
    subtitle: document.subtitle ?? null,
    description,
    thumbnail: document.thumbnail ?? null,
    county: document.county_code ? { code: document.county_code, ...names(document.county_name_zh, document.county_name_en) } : null,
    province: document.province_code
      ? { code: document.province_code, ...names(document.province_name_zh, document.province_name_en) }
      : null,
    categories: handles.map((handle, i) => ({ handle, ...names(document.category_names_zh?.[i], document.category_names_en?.[i]) })),
    certified: !!document.certified_until && Date.parse(document.certified_until) > scope.now.getTime(),
    price_fen: document.price_fen ?? null,
    highlight: {
      title: highlight(title, terms?.terms ?? []),
      subtitle: highlight(document.subtitle, terms?.terms ?? []),
    },
  }
}

/** The store route's facets from the provider's. */
export function toFacets(facets: Record<string, SearchTypes.SearchFacetResult> = {}) {
  const values = (field: string): FacetValue[] => {
    const facet = facets[field]
    return facet?.type === "value" ? facet.values : []
  }
  return {
    province: facets.province_code ? values("province_code") : provinceCounts(values("county_code")),
    county: values("county_code"),
    category: values("category_handles"),
  }
}

/** The descriptions of the hits, which the index leaves out (see src/search/product.ts), in the request's locale. */
async function descriptions(query: Pick<RemoteQueryFunction, "graph">, ids: string[], locale: string | undefined) {
  if (!ids.length) {
    return new Map<string, string | null>()
  }
  const { data } = await query.graph({ entity: "product", fields: ["id", "description"], filters: { id: ids } }, { locale })
  return new Map(data.map((product) => [product.id, product.description ?? null]))
}

/**
 * A storefront product search: hits, facet counts and the total. A query that matches nothing
 * is asked again with its misspelled Latin words corrected (see correctSpelling). The
 * provider's own typo tolerance is not used on products: it compares the query with every
 * product's whole text, which took seconds at 10,000 products, and it ranks a fuzzy match by
 * similarity, above exact matches.
 *
 * The total and the facets are a search of their own, sent alongside the page of hits, which is
 * asked for without its total: the PostgreSQL provider counts the total and every facet in one
 * pass over the matches (src/modules/postgres-search), and the descriptions are read while they
 * are being counted. A browse (no words to match) counts on the facet index, whose documents hold
 * the filter fields only.
 */
export async function searchProducts(
  query: Pick<RemoteQueryFunction, "search" | "graph">,
  params: ProductSearchParams,
  scope: ProductSearchScope
) {
  const run = (terms: SearchTerms | null) => {
    const { search_options, ...rest } = buildProductSearchQuery(params, terms, scope)
    const { facets, disjunctive_facets, ...options } = search_options ?? {}
    const counted = query
      .search({
        ...rest,
        entity: terms?.text ? rest.entity : PRODUCT_FACET_INDEX,
        fields: ["id"],
        pagination: { take: 0 },
        search_options: { ...options, facets, disjunctive_facets },
      })
      .then((r) => r.search_result)
    const hits = query.search({ ...rest, search_options: { ...options, count: "none" } }).then((r) => r.search_result)
    // Each is handled where it is awaited; this keeps a failed or superseded one from going unhandled.
    counted.catch(() => undefined)
    hits.catch(() => undefined)
    return { hits, facets: counted.then((r) => r.facets), count: counted.then((r) => r.metadata.count ?? 0) }
  }
  let terms = params.q ? toSearchTerms(params.q) : null
  let search = run(terms)
  const corrected = terms?.text && (await search.count) === 0 ? await correctSpelling(query, terms) : null
  if (corrected) {
    terms = corrected
    search = run(terms)
  }
  const result = await search.hits
  const [described, facets, count] = await Promise.all([
    descriptions(query, result.hits.map((hit) => hit.id), scope.locale),
    search.facets,
    search.count,
  ])
  return {
    hits: result.hits.map((hit) => toHit(hit.id, hit.document as HitDocument, described.get(hit.id) ?? null, terms, scope)),
    facets: toFacets(facets),
    count,
    offset: params.offset,
    limit: params.limit,
    query: { q: params.q ?? null, terms: terms?.text ?? null, corrected: !!corrected },
  }
}
