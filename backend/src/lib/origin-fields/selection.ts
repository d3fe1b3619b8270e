// Which origin fields of a product a store query asks for, parsed from Medusa's `fields` syntax.

/** The origin fields the store API may show, by relation path from the product. */
export const PUBLIC_ORIGIN_FIELDS: Record<string, string[]> = {
  county: ["id", "code", "name_zh", "name_en", "specialty_zh", "specialty_en"],
  "county.prefecture": ["code", "name_zh", "name_en"],
  "county.prefecture.province": ["code", "name_zh", "name_en"],
  "county.pairings": ["district_zh", "district_en", "relation_type", "valid_from", "valid_to"],
  supplier: ["id", "name", "type", "households_linked"],
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

const isOrigin = (field: string) => ORIGIN_RELATIONS.some((r) => field === r || field.startsWith(`${r}.`))

// Medusa's FieldParser: "+" (or " ", an unencoded "+") adds to the default fields, "-" removes, a
// star selects a whole relation; a field without any of these replaces the defaults.
const modifier = (raw: string) => (/^[+ \t]/.test(raw) ? "+" : raw.startsWith("-") ? "-" : "")
const replacesDefaults = (raw: string) => modifier(raw) === "" && !raw.startsWith("*") && !raw.endsWith(".*")

/**
 * Splits a `fields` parameter into the origin fields, which are read with one query, and the rest,
 * which Medusa's route reads as usual. Null (Medusa reads everything) when no origin field is asked
 * for, or one is not an explicit public field (`*county`, `county.*`, a private column): Medusa then
 * answers or refuses it exactly as before.
 */
export function splitOriginFields(fields: string | undefined): SplitFields | null {
  if (!fields) {
    return null
  }
  const origin: Selection = {}
  const rest: string[] = []
  let originReplacesDefaults = false
  for (const raw of fields.split(",").filter((f) => f.trim())) {
    const field = raw.replace(/^[+ \t-]+/, "").trim()
    if (!isOrigin(field.replace(/^\*/, ""))) {
      rest.push(raw)
      continue
    }
    const dot = field.lastIndexOf(".")
    const relation = field.slice(0, dot)
    const column = field.slice(dot + 1)
    if (modifier(raw) === "-" || dot < 0 || !PUBLIC_ORIGIN_FIELDS[relation]?.includes(column)) {
      return null
    }
    originReplacesDefaults ||= replacesDefaults(raw)
    let node = origin
    for (const part of relation.split(".")) {
      node = (node[part] ??= {}) as Selection
    }
    node[column] = true
  }
  if (!Object.keys(origin).length) {
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
