// Which origin fields of a product the store origins route is asked for (GET /store/origins/products).

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

export class PrivateOriginField extends Error {
  constructor(readonly field: string) {
    super(`fields: ${field} is not public`)
  }
}

const isOrigin = (path: string) => ORIGIN_RELATIONS.some((r) => path === r || path.startsWith(`${r}.`))

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

/** Every public origin field: what the origins route answers when no `fields` are given. */
export const ALL_PUBLIC_ORIGIN_FIELDS = ORIGIN_RELATIONS.map((relation) => `${relation}.*`).concat(
  Object.keys(PUBLIC_ORIGIN_FIELDS).filter((path) => path.includes(".")).map((path) => `${path}.*`)
)

/**
 * The origin fields a `fields` list names (`county.code`, `supplier.*`, `certification`), as a
 * tree. A wildcard or a bare relation stands for its public fields; any other field, or a path
 * outside the three origin relations, is refused with PrivateOriginField naming it.
 */
export function parseOriginFields(fields: string[]): Selection {
  const origin: Selection = {}
  for (const field of fields) {
    const star = field.endsWith(".*")
    const path = star ? field.slice(0, -2) : field
    if (!isOrigin(path)) {
      throw new PrivateOriginField(field)
    }
    const { relation, columns } = publicColumns(path, star)
    let node = origin
    for (const part of relation.split(".")) {
      node = (node[part] ??= {}) as Selection
    }
    for (const column of columns) {
      node[column] = true
    }
  }
  return origin
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
