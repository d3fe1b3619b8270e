import type { SearchFacets as Facets, SearchFacetValue as Facet } from "@onecounty/contracts/store"
import type { Product } from "@onecounty/contracts/storefront"
import { certificationStatus, minPrice } from "./origin"

export const SORT_KEYS = ["featured", "newest", "price_asc", "price_desc"] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const PAGE_SIZE = 24

/** Product list state, kept in the URL so that every filtered view is a link. */
export type ListParams = {
  q?: string
  province?: string
  county?: string
  category?: string
  min?: number
  max?: number
  certified?: boolean
  sort: SortKey
  page: number
}

type RawParams = Record<string, string | string[] | undefined>

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const code = (v: string | undefined) => (v && /^\d{2,6}$/.test(v) ? v : undefined)
const price = (v: string | undefined) => {
  if (v == null || v === "") return undefined
  const n = Number(v)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

export function parseListParams(raw: RawParams): ListParams {
  const q = first(raw.q)?.trim().slice(0, 100) || undefined
  const sortRaw = first(raw.sort)
  const sort = (SORT_KEYS as readonly string[]).includes(sortRaw ?? "") ? (sortRaw as SortKey) : "featured"
  const page = Math.max(1, Math.min(1000, Math.floor(Number(first(raw.page)) || 1)))
  const category = first(raw.category)
  let min = price(first(raw.min))
  let max = price(first(raw.max))
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min]
  return {
    q,
    province: code(first(raw.province)),
    county: code(first(raw.county)),
    category: category && /^[a-z0-9-]{1,60}$/.test(category) ? category : undefined,
    min,
    max,
    certified: first(raw.certified) === "1" || first(raw.certified) === "true" || undefined,
    sort,
    page,
  }
}

/** Query string for a list view; defaults are left out. `overrides` with undefined removes a key. */
export function listQuery(params: Partial<ListParams>, overrides: Partial<Record<keyof ListParams, unknown>> = {}): string {
  const merged: Record<string, unknown> = { ...params, ...overrides }
  const sp = new URLSearchParams()
  const order: (keyof ListParams)[] = ["q", "category", "province", "county", "min", "max", "certified", "sort", "page"]
  for (const k of order) {
    const v = merged[k]
    if (v === undefined || v === null || v === "" || v === false) continue
    if (k === "sort" && v === "featured") continue
    if (k === "page" && Number(v) <= 1) continue
    sp.set(k, v === true ? "1" : String(v))
  }
  const s = sp.toString()
  return s ? `?${s}` : ""
}

export type { Facet, Facets }
export type ListResult = {
  products: Product[]
  count: number
  page: number
  pageCount: number
  facets: Facets
  priceRange: { min: number; max: number } | null
  /** Which engine answered: the Search Module index, or the in-memory fallback over Medusa's ?q=. */
  engine?: "search" | "fallback"
  /** The search index corrected a misspelled query to these words. */
  correctedTo?: string
}

const provinceOf = (p: Product) => p.county?.prefecture?.province?.code
const countyOf = (p: Product) => p.county?.code
const categoriesOf = (p: Product) => (p.categories ?? []).map((c) => c.handle).filter(Boolean) as string[]

type Dim = "province" | "county" | "category" | "price" | "certified"

function matches(p: Product, f: ListParams, skip: Dim | null, now: Date): boolean {
  if (skip !== "province" && f.province && provinceOf(p) !== f.province) return false
  if (skip !== "county" && f.county && countyOf(p) !== f.county) return false
  if (skip !== "category" && f.category && !categoriesOf(p).includes(f.category)) return false
  if (skip !== "certified" && f.certified && certificationStatus(p.certification, now) !== "valid") return false
  if (skip !== "price" && (f.min !== undefined || f.max !== undefined)) {
    const m = minPrice(p)
    if (m === null) return false
    if (f.min !== undefined && m < f.min) return false
    if (f.max !== undefined && m > f.max) return false
  }
  return true
}

function countBy(products: Product[], key: (p: Product) => string[]): Facet[] {
  const counts = new Map<string, number>()
  for (const p of products) for (const v of key(p)) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
}

function sortProducts(list: Product[], sort: SortKey): Product[] {
  const out = [...list]
  const priceOr = (p: Product, dflt: number) => minPrice(p) ?? dflt
  switch (sort) {
    case "price_asc":
      return out.sort((a, b) => priceOr(a, Infinity) - priceOr(b, Infinity))
    case "price_desc":
      return out.sort((a, b) => priceOr(b, -Infinity) - priceOr(a, -Infinity))
    case "newest":
      return out.sort((a, b) => new Date(b.created_at ?? 0).getTime() - new Date(a.created_at ?? 0).getTime())
    default:
      return out
  }
}

/**
 * Filters, facets, sorts and pages a candidate set in memory. Each facet counts the products that
 * match every other filter (so a shopper sees what choosing it would give).
 */
export function applyListParams(candidates: Product[], f: ListParams, now = new Date(), pageSize = PAGE_SIZE): ListResult {
  const filtered = candidates.filter((p) => matches(p, f, null, now))
  const facets: Facets = {
    province: countBy(candidates.filter((p) => matches(p, f, "province", now)), (p) => [provinceOf(p)].filter(Boolean) as string[]),
    county: countBy(candidates.filter((p) => matches(p, f, "county", now)), (p) => [countyOf(p)].filter(Boolean) as string[]),
    category: countBy(candidates.filter((p) => matches(p, f, "category", now)), categoriesOf),
  }
  const prices = candidates.map(minPrice).filter((x): x is number => x !== null)
  const sorted = sortProducts(filtered, f.sort)
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize))
  const page = Math.min(f.page, pageCount)
  return {
    products: sorted.slice((page - 1) * pageSize, page * pageSize),
    count: sorted.length,
    page,
    pageCount,
    facets,
    priceRange: prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : null,
  }
}
