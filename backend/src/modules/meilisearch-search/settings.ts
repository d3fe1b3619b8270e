import type { SearchTypes } from "@medusajs/framework/types"

/** The index settings Meilisearch takes, the part this provider writes. */
export type MeiliSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  displayedAttributes: string[]
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[]
  typoTolerance?: {
    enabled?: boolean
    minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number }
    disableOnAttributes?: string[]
  }
  distinctAttribute: string | null
  faceting: { maxValuesPerFacet: number }
  pagination: { maxTotalHits: number }
}

/** Enough facet values for every county and category; Meilisearch's default is 100. */
export const MAX_VALUES_PER_FACET = 1000
export const MAX_TOTAL_HITS = 100_000

export type FlatField = SearchTypes.SearchFieldDefinition & { path: string }

/** Every leaf field with its dotted path: Meilisearch addresses nested fields as `a.b`. */
export function flattenFields(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): FlatField[] {
  return Object.entries(fields).flatMap(([name, field]) =>
    field.type === "object" && field.fields ? flattenFields(field.fields, `${prefix}${name}.`) : [{ ...field, path: `${prefix}${name}` }]
  )
}

const weight = (field: FlatField) => (typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 1)

/** The field's locales from `providerOptions({ meilisearch: { locales } })`. */
function locales(field: FlatField): string[] {
  const value = field.provider_options?.meilisearch?.locales
  return Array.isArray(value) ? value.map(String) : []
}

/**
 * An index definition as Meilisearch settings. Meilisearch ranks by attribute order rather than
 * by weight, so searchable fields are listed heaviest first. Fields that ask for locales get them
 * as localizedAttributes: Meilisearch guesses a language per text, and short Chinese like 咖啡
 * is guessed to be Japanese and segmented wrongly unless told.
 */
export function toMeiliSettings(index: SearchTypes.ResolvedSearchIndexDefinition): MeiliSettings {
  const fields = flattenFields(index.fields)
  for (const field of fields) {
    if (field.type === "vector" || field.type === "geo") {
      throw new Error(`${index.name}.${field.path}: the Meilisearch provider does not hold ${field.type} fields`)
    }
    const facets = typeof field.facetable === "object" ? field.facetable.types ?? ["value"] : field.facetable ? ["value"] : []
    if (facets.includes("range")) {
      throw new Error(`${index.name}.${field.path}: Meilisearch has no range facets (value and stats only)`)
    }
  }
  const byLocale = new Map<string, string[]>()
  for (const field of fields) {
    const key = locales(field).join(",")
    if (key) {
      byLocale.set(key, [...(byLocale.get(key) ?? []), field.path])
    }
  }
  const typo = index.settings.typo_tolerance
  return {
    searchableAttributes: fields
      .filter((f) => f.searchable)
      .sort((a, b) => weight(b) - weight(a))
      .map((f) => f.path),
    filterableAttributes: fields.filter((f) => f.filterable || f.facetable || f.path === index.primary_key).map((f) => f.path),
    // The primary key too: it is the tiebreak that keeps pages stable under an equal sort value.
    sortableAttributes: fields.filter((f) => f.sortable || f.path === index.primary_key).map((f) => f.path),
    displayedAttributes: fields.filter((f) => f.retrievable !== false || f.path === index.primary_key).map((f) => f.path),
    localizedAttributes: [...byLocale].map(([key, attributePatterns]) => ({ attributePatterns, locales: key.split(",") })),
    ...(typo
      ? {
          typoTolerance: {
            enabled: typo.enabled ?? true,
            ...(typo.min_word_size_for_one_typo !== undefined || typo.min_word_size_for_two_typos !== undefined
              ? { minWordSizeForTypos: { oneTypo: typo.min_word_size_for_one_typo, twoTypos: typo.min_word_size_for_two_typos } }
              : {}),
            ...(typo.disabled_on_attributes ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
          },
        }
      : {}),
    distinctAttribute: index.settings.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    ...(index.settings.provider_options?.meilisearch ?? {}),
  }
}

/** Date fields travel as epoch milliseconds: Meilisearch filters and sorts numbers, not dates. */
export function dateFields(index: SearchTypes.ResolvedSearchIndexDefinition): Set<string> {
  return new Set(flattenFields(index.fields).filter((f) => f.type === "date").map((f) => f.path))
}

function mapPath(document: Record<string, unknown>, path: string[], change: (value: unknown) => unknown): Record<string, unknown> {
  const [head, ...rest] = path
  if (!(head in document)) {
    return document
  }
  const value = document[head]
  return {
    ...document,
    [head]: rest.length ? (value && typeof value === "object" ? mapPath(value as Record<string, unknown>, rest, change) : value) : change(value),
  }
}

const toMillis = (value: unknown) =>
  value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : value
const toIso = (value: unknown) => (typeof value === "number" ? new Date(value).toISOString() : value)

export function encodeDocument(document: Record<string, unknown>, dates: Set<string>) {
  return [...dates].reduce((doc, path) => mapPath(doc, path.split("."), (v) => (Array.isArray(v) ? v.map(toMillis) : toMillis(v))), document)
}

export function decodeDocument(document: Record<string, unknown>, dates: Set<string>) {
  return [...dates].reduce((doc, path) => mapPath(doc, path.split("."), (v) => (Array.isArray(v) ? v.map(toIso) : toIso(v))), document)
}
