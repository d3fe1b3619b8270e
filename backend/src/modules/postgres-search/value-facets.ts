import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"

type ValueFacetRequest = { field: string; type: "value"; limit?: number; sort?: "count" | "alpha"; query?: string }

/** The facet Medusa's provider counts with one GROUP BY of its own when asked for any other. */
export const DEFAULT_FACET_LIMIT = 10

/**
 * Whether every facet is a value facet on a keyword field: the facets countOneScan counts. Others
 * (numbers, whose text a GROUP BY spells as PostgreSQL does, ranges, stats, prefix queries) are
 * left to Medusa's provider.
 */
export function countableInOneScan(
  requests: { field: string; type?: string; query?: string }[],
  plan: IndexPlan
): requests is ValueFacetRequest[] {
  return requests.every((request) => request.type === "value" && !request.query && plan.fields.get(request.field)?.kind === "keyword")
}

// The columns of the provider's index tables.
const TABLE_COLUMNS = ["id", "document", "indexed", "search_vector", "search_text", "created_at", "updated_at"]

const jsonPath = (path: string, asText: boolean) => {
  const segments = path.split(".").map((segment) => `'${segment.replace(/'/g, "''")}'`)
  const last = segments.pop()
  return `indexed${segments.map((segment) => `->${segment}`).join("")}${asText ? "->>" : "->"}${last}`
}

/**
 * One statement for every value facet and the total of a search's matches, where Medusa's provider
 * runs a COUNT and one GROUP BY per facet, each evaluating the filters and reading every match
 * again. Each facet's values are numbered in its provider's order (count, then value, in the
 * column's collation), so the answer is the provider's to the value.
 */
export function oneScanFacetSql(input: {
  table: string
  scope?: { sql: string; params: unknown[] }
  requests: ValueFacetRequest[]
  plan: IndexPlan
  total: boolean
}) {
  const { table, scope, requests, plan, total } = input
  const fields = [...new Set(requests.map((request) => request.field))]
  const isArray = (field: string) => plan.fields.get(field)!.is_array
  // On an index with searchable text a row's `indexed` is large and compressed: jsonb_to_record
  // decompresses it once for every field, where each -> operator decompresses it again (a fifth
  // less CPU with two facets on the product index). On small rows its cost per row is the larger
  // (a tenth more CPU on the facet index). It reads top-level fields only, and its columns must
  // not take the name of a table column the filters read.
  const inRecord =
    plan.searchable.length > 0 && fields.every((field) => !field.includes(".") && !TABLE_COLUMNS.includes(field))
  const column = (field: string) => (inRecord ? `facet_fields."${field.replace(/"/g, '""')}"` : jsonPath(field, !isArray(field)))
  const columns = requests.map((request, i) => `${column(request.field)} AS f${i}`)
  const from = inRecord
    ? `"${table}" CROSS JOIN LATERAL jsonb_to_record("${table}"."indexed") AS facet_fields (${fields
        .map((field) => `"${field.replace(/"/g, '""')}" ${isArray(field) ? "jsonb" : "text"}`)
        .join(", ")})`
    : `"${table}"`
  const values = requests.map((request, i) =>
    plan.fields.get(request.field)!.is_array ? `SELECT ${i}, jsonb_array_elements_text(scoped.f${i})` : `SELECT ${i}, scoped.f${i}`
  )
  // Facet -1 counts each match once: the total.
  if (total) {
    values.push(`SELECT -1, ''`)
  }
  const alpha = requests.flatMap((request, i) => (request.sort === "alpha" ? [i] : []))
  const rank = alpha.length ? `CASE WHEN facet IN (${alpha.join(", ")}) THEN 0 ELSE COUNT(*) END` : "COUNT(*)"
  return {
    sql: `
      SELECT facet, value, count FROM (
        SELECT facet, value, COUNT(*)::int AS count,
          ROW_NUMBER() OVER (PARTITION BY facet ORDER BY ${rank} DESC, value ASC) AS position
        FROM (SELECT ${columns.join(", ")} FROM ${from} ${scope ? `WHERE ${scope.sql}` : ""}) AS scoped
        CROSS JOIN LATERAL (${values.join(" UNION ALL ")}) AS facet_value (facet, value)
        WHERE value IS NOT NULL
        GROUP BY facet, value
      ) AS counted
      ORDER BY facet, position
    `,
    params: scope?.params ?? [],
  }
}

/** The provider's facets and total from oneScanFacetSql's rows. */
export function toFacetResults(requests: ValueFacetRequest[], rows: { facet: number; value: string; count: number }[]) {
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  requests.forEach((request, i) => {
    facets[request.field] = {
      type: "value",
      values: rows
        .filter((row) => row.facet === i)
        .slice(0, request.limit ?? DEFAULT_FACET_LIMIT)
        .map((row) => ({ value: String(row.value), count: Number(row.count) })),
    }
  })
  return { facets, total: Number(rows.find((row) => row.facet === -1)?.count ?? 0) }
}
