import type { SearchTypes } from "@medusajs/framework/types"

type Value = SearchTypes.SearchFilterValue

/** A Meilisearch filter literal: numbers bare, dates as epoch ms, strings quoted. */
export function literal(value: Value): string {
  if (value instanceof Date) {
    return String(value.getTime())
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** A value compared with a date field: ISO strings become epoch ms like the stored documents. */
function coerce(value: Value, isDate: boolean): Value {
  return isDate && typeof value === "string" && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : value
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`
const isOperatorMap = (value: unknown): value is SearchTypes.SearchOperatorMap<Value> =>
  !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((k) => k.startsWith("$"))

function fieldClause(field: string, condition: unknown, dates: Set<string>): string[] {
  const isDate = dates.has(field)
  const c = (v: Value) => coerce(v, isDate)
  if (condition === null) {
    return [`${field} IS NULL`]
  }
  if (Array.isArray(condition)) {
    return [`${field} IN ${list((condition as Value[]).map(c))}`]
  }
  if (!isOperatorMap(condition)) {
    return [`${field} = ${literal(c(condition as Value))}`]
  }
  return Object.entries(condition).map(([op, value]) => {
    switch (op) {
      case "$eq":
        return value === null ? `${field} IS NULL` : `${field} = ${literal(c(value as Value))}`
      case "$ne":
        return value === null ? `${field} IS NOT NULL` : `${field} != ${literal(c(value as Value))}`
      case "$in":
      case "$overlaps":
        return `${field} IN ${list((value as Value[]).map(c))}`
      case "$nin":
        return `${field} NOT IN ${list((value as Value[]).map(c))}`
      case "$lt":
        return `${field} < ${literal(c(value as Value))}`
      case "$lte":
        return `${field} <= ${literal(c(value as Value))}`
      case "$gt":
        return `${field} > ${literal(c(value as Value))}`
      case "$gte":
        return `${field} >= ${literal(c(value as Value))}`
      case "$exists":
        return value ? `${field} EXISTS` : `${field} NOT EXISTS`
      case "$contains": {
        // An array field holds all the values: one equality per value, all required.
        const values = (Array.isArray(value) ? value : [value]) as Value[]
        return `(${values.map((v) => `${field} = ${literal(c(v))}`).join(" AND ")})`
      }
      default:
        // $prefix and $like: Meilisearch has no substring filter, and approximating one would
        // return different documents than asked for.
        throw new Error(`${field}: the Meilisearch provider cannot filter with ${op}`)
    }
  })
}

/** The Search Module's filter tree as a Meilisearch filter expression; undefined when empty. */
export function toMeiliFilter(filters: SearchTypes.SearchFilters | undefined, dates: Set<string> = new Set()): string | undefined {
  if (!filters) {
    return undefined
  }
  const clauses: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || key === "q") {
      continue
    }
    if (key === "$and" || key === "$or") {
      const parts = (value as SearchTypes.SearchFilters[]).map((f) => toMeiliFilter(f, dates)).filter((p): p is string => !!p)
      if (parts.length) {
        clauses.push(`(${parts.join(key === "$and" ? " AND " : " OR ")})`)
      }
    } else if (key === "$not") {
      const inner = toMeiliFilter(value as SearchTypes.SearchFilters, dates)
      if (inner) {
        clauses.push(`NOT (${inner})`)
      }
    } else {
      clauses.push(...fieldClause(key, value, dates))
    }
  }
  return clauses.length ? clauses.join(" AND ") : undefined
}

/** Delete-by-id when the filter is only the primary key, which Meilisearch does fastest. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters, primaryKey: string): string[] | null {
  const keys = Object.keys(filters).filter((k) => filters[k] !== undefined)
  if (keys.length !== 1 || keys[0] !== primaryKey) {
    return null
  }
  const value = filters[primaryKey]
  if (typeof value === "string") {
    return [value]
  }
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    return value as string[]
  }
  if (isOperatorMap(value) && Object.keys(value).length === 1 && Array.isArray(value.$in)) {
    return value.$in.map(String)
  }
  return null
}
