import type { SearchTypes } from "@medusajs/framework/types"
import { toMeiliFilter } from "./filters"
import { dateFields, decodeDocument } from "./settings"

/** What this provider sends to Meilisearch's search (one query of a multi-search). */
export type MeiliSearchParams = {
  indexUid: string
  q?: string
  filter?: string
  facets?: string[]
  sort?: string[]
  offset: number
  limit: number
  attributesToRetrieve: string[]
  attributesToSearchOn?: string[]
  matchingStrategy?: "all" | "last" | "frequency"
  attributesToHighlight?: string[]
  highlightPreTag?: string
  highlightPostTag?: string
  attributesToCrop?: string[]
  cropLength?: number
  showRankingScore?: boolean
  rankingScoreThreshold?: number
  distinct?: string
  locales?: string[]
  [extra: string]: unknown
}

export type MeiliResponse = {
  hits: Record<string, unknown>[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs?: number
  query?: string
}

const DEFAULT_TAKE = 20
// "any" in the module means one word is enough; Meilisearch's "frequency" drops the most common
// words first until something matches, the nearest it has.
const MATCHING: Record<SearchTypes.SearchMatchStrategy, MeiliSearchParams["matchingStrategy"]> = {
  all: "all",
  last: "last",
  any: "frequency",
}

function facetRequests(options: SearchTypes.SearchOptions | undefined) {
  return (options?.facets ?? []).map((f) => (typeof f === "string" ? { field: f, type: "value" as const } : f))
}

function searchableFields(index: SearchTypes.ResolvedSearchIndexDefinition) {
  return Object.entries(index.fields)
    .filter(([, f]) => f.searchable)
    .map(([name]) => name)
}

/** A Search Module query as Meilisearch search parameters. Refuses what it cannot honour. */
export function toMeiliSearch(input: SearchTypes.ProviderSearchQuery): MeiliSearchParams {
  const options = input.search_options
  const pagination = input.pagination ?? {}
  if (pagination.cursor) {
    throw new Error("pagination.cursor: the Meilisearch provider paginates by skip and take")
  }
  if (options?.vector) {
    throw new Error("search_options.vector: the Meilisearch provider has no vector search configured")
  }
  if (options?.typo_tolerance === false) {
    throw new Error("search_options.typo_tolerance: Meilisearch sets typo tolerance per index, not per query")
  }
  const facets = facetRequests(options)
  const range = facets.find((f) => f.type === "range")
  if (range) {
    throw new Error(`search_options.facets: ${range.field}: Meilisearch has no range facets`)
  }
  const order = Object.entries(pagination.order ?? {}).filter(([field]) => field !== "_score")
  const highlight = options?.highlight
  const highlightOptions = typeof highlight === "object" ? highlight : undefined
  const highlighted = input.q && highlight ? highlightOptions?.fields ?? options?.attributes_to_search_on ?? searchableFields(input.index) : undefined
  const snippet = highlightOptions?.snippet
  const filter = toMeiliFilter(input.filters, dateFields(input.index))
  return {
    indexUid: input.index.physical_name,
    ...(input.q ? { q: input.q } : {}),
    ...(filter ? { filter } : {}),
    ...(facets.length ? { facets: facets.map((f) => f.field) } : {}),
    ...(order.length ? { sort: order.map(([field, dir]) => `${field}:${dir.toLowerCase()}`) } : {}),
    offset: pagination.skip ?? 0,
    limit: pagination.take ?? DEFAULT_TAKE,
    attributesToRetrieve: input.attributes_to_retrieve,
    ...(options?.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options?.match_strategy ? { matchingStrategy: MATCHING[options.match_strategy] } : {}),
    ...(highlighted
      ? {
          attributesToHighlight: highlighted,
          highlightPreTag: highlightOptions?.pre_tag ?? "<mark>",
          highlightPostTag: highlightOptions?.post_tag ?? "</mark>",
          ...(snippet ? { attributesToCrop: highlighted, ...(typeof snippet === "object" ? { cropLength: snippet.length } : {}) } : {}),
        }
      : {}),
    ...(options?.include_score ? { showRankingScore: true } : {}),
    ...(options?.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options?.distinct ? { distinct: options.distinct } : {}),
    ...(options?.locales ? { locales: options.locales } : {}),
    ...(options?.provider_options?.meilisearch ?? {}),
  }
}

function facetResults(input: SearchTypes.ProviderSearchQuery, response: MeiliResponse): Record<string, SearchTypes.SearchFacetResult> | undefined {
  const requests = facetRequests(input.search_options)
  if (!requests.length) {
    return undefined
  }
  return Object.fromEntries(
    requests.map((request) => {
      if (request.type === "stats") {
        const stats = response.facetStats?.[request.field]
        return [request.field, { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: response.estimatedTotalHits ?? response.totalHits ?? 0 }]
      }
      const all = Object.entries(response.facetDistribution?.[request.field] ?? {}).map(([value, count]) => ({ value, count }))
      const alpha = "sort" in request && request.sort === "alpha"
      all.sort((a, b) => (alpha ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
      const limit = "limit" in request && request.limit ? request.limit : all.length
      return [request.field, { type: "value", values: all.slice(0, limit) }]
    })
  )
}

/** Meilisearch's answer in the Search Module's shape. */
export function fromMeiliResponse(input: SearchTypes.ProviderSearchQuery, response: MeiliResponse): SearchTypes.SearchResult {
  const dates = dateFields(input.index)
  const countStrategy = input.search_options?.count ?? "estimated"
  return {
    hits: response.hits.map((hit) => {
      // Meilisearch's own keys (_formatted, _rankingScore, _matchesPosition) start with "_".
      const document = Object.fromEntries(Object.entries(hit).filter(([key]) => !key.startsWith("_")))
      const _formatted = hit._formatted as Record<string, unknown> | undefined
      const _rankingScore = hit._rankingScore as number | undefined
      const highlights = _formatted
        ? Object.fromEntries(
            Object.entries(_formatted)
              .filter(([, value]) => typeof value === "string" || Array.isArray(value))
              .map(([field, value]) => [field, (Array.isArray(value) ? value : [value]).map(String)])
          )
        : undefined
      return {
        id: String(document[input.index.primary_key]),
        ...(_rankingScore !== undefined ? { score: _rankingScore } : {}),
        document: decodeDocument(document, dates),
        ...(highlights && input.search_options?.highlight ? { highlights } : {}),
      }
    }),
    facets: facetResults(input, response),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? DEFAULT_TAKE,
      count: countStrategy === "none" ? null : response.totalHits ?? response.estimatedTotalHits ?? null,
      ...(response.query !== undefined ? { query: response.query } : {}),
      ...(response.processingTimeMs !== undefined ? { processing_time_ms: response.processingTimeMs } : {}),
    },
  }
}
