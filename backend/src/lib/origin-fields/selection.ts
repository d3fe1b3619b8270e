// Which origin fields of a product a store query asks for, parsed from Medusa's `fields` syntax.

const COUNTY_NAME = ["id", "code", "name_zh", "name_en"]

/**
 * The origin fields the store API may show, by relation path from the product: an allow-list per
 * relation, so a column added to an origin model stays private until it is listed here. A
 * supplier's credit code, phone and household count, a county's editorial flags and any way back
 * to other products or suppliers are for operators only.
 */
export const PUBLIC_ORIGIN_FIELDS: Record<string, string[]> = {
  county: [...COUNTY_NAME, "specialty_zh", "specialty_en"],
  "county.prefecture": ["code", "name_zh", "name_en"],
  "county.prefecture.province": ["code", "name_zh", "name_en"],
  "county.pairings": ["district_zh", "district_en", "relation_type", "valid_from", "valid_to"],
  supplier: ["id", "name", "type"],
  "supplier.county": COUNTY_NAME,
  certification: ["id", "number", "issuer", "issued_at", "expires_at"],
}

export const ORIGIN_RELATIONS = ["county", "supplier", "certification"] as const

/** A tree of requested fields: a leaf is `true`, a relation is a subtree. */
export type Selection = { [field: string]: true | Selection }

export type SplitFields = {
  /** the product's other fields, for Medusa's route */
  rest: string
  origin: Selection
}

export class PrivateOriginField extends Error {
  constructor(readonly field: string) {
    super(`fields: ${field} is not public`)
  }
}

const isOrigin = (path: string) => ORIGIN_RELATIONS.some((r) => path === r || path.startsWith(`${r}.`))

// Medusa's FieldParser: "+" (or " ", an unencoded "+") adds to the default fields, "-" removes, a
// star selects a whole relation; a field without any of these replaces the defaults.
const modifier = (raw: string) => (/^[+ \t]/.test(raw) ? "+" : raw.startsWith("-") ? "-" : "")
const isStar = (field: string) => field.startsWith("*") || field.endsWith(".*")
const replacesDefaults = (raw: string) => modifier(raw) === "" && !isStar(raw)

/** The public columns a field names: all of a relation's for a wildcard or a bare relation. */
function publicColumns(path: string, star: boolean): { relation: string; columns: string[] } {
  if (star || PUBLIC_ORIGIN_FIELDS[path]) {
    if (!PUBLIC_ORIGIN_FIELDS[path]) {
      throw new PrivateOriginField(path)
    }
    return { relation: path, columns: PUBLIC_ORIGIN_FIELDS[path] }
  }
  const dot = path.lastIndexOf(".")
  const relation = path.slice(0, dot)
  const column = path.slice(dot + 1)
  if (!PUBLIC_ORIGIN_FIELDS[relation]?.includes(column)) {
    throw new PrivateOriginField(path)
  }
  return { relation, columns: [column] }
}

/**
 * Splits a `fields` parameter into the origin fields, which are read with one query, and the rest,
 * which Medusa's route reads as usual; null when no origin field is asked for. A wildcard on an
 * origin relation stands for its public fields; any other field is refused with PrivateOriginField.
 * Origin fields never reach Medusa's own link query, which would read every column.
 */
export function splitOriginFields(fields: string | undefined): SplitFields | null {
  if (!fields) {
    return null
  }
  const origin: Selection = {}
  const rest: string[] = []
  let asked = false
  let originReplacesDefaults = false
  for (const raw of fields.split(",").filter((f) => f.trim())) {
    const field = raw.replace(/^[+ \t-]+/, "").trim()
    const path = field.replace(/(^\*|\.\*$)/, "")
    if (!isOrigin(path)) {
      rest.push(raw)
      continue
    }
    asked = true
    const { relation, columns } = publicColumns(path, isStar(field))
    // Origin fields are never among Medusa's defaults: removing one removes nothing.
    if (modifier(raw) === "-") {
      continue
    }
    originReplacesDefaults ||= replacesDefaults(raw)
    let node = origin
    for (const part of relation.split(".")) {
      node = (node[part] ??= {}) as Selection
    }
    for (const column of columns) {
      node[column] = true
    }
  }
  if (!asked) {
    return null
  }
  // Medusa keeps or replaces its default fields as it would have with the origin fields in.
  if (originReplacesDefaults && !rest.some(replacesDefaults)) {
    rest.push("id")
  }
  return { rest: rest.length ? rest.join(",") : "+id", origin }
}

/** The requested part of a record, with its id as Medusa's Query returns it; lists element by element. */
export function pick(record: Record<string, unknown>, selection: Selection): Record<string, unknown> {
  const out: Record<string, unknown> = { id: record.id }
  for (const [field, sub] of Object.entries(selection)) {
    const value = record[field]
    if (sub === true) {
      out[field] = value
    } else if (Array.isArray(value)) {
      out[field] = value.map((item) => pick(item, sub))
    } else if (value) {
      out[field] = pick(value as Record<string, unknown>, sub)
    }
  }
  return out
}
