import type { Locale } from "@/i18n/routing"
import type { Named, Pairing, Product, ProductOrigin } from "../types"

type MaybeNamed = { name_zh?: string | null; name_en?: string | null } | null | undefined

/** The name in the shopper's language, falling back to the other one. */
export function nameOf(n: MaybeNamed, locale: Locale | string): string {
  if (!n) return ""
  return (locale === "en" ? n.name_en || n.name_zh : n.name_zh || n.name_en) ?? ""
}

export function specialtyOf(
  c: { specialty_zh?: string | null; specialty_en?: string | null } | null | undefined,
  locale: Locale | string
): string {
  if (!c) return ""
  return (locale === "en" ? c.specialty_en || c.specialty_zh : c.specialty_zh || c.specialty_en) ?? ""
}

export function districtOf(p: Pairing | null | undefined, locale: Locale | string): string {
  if (!p) return ""
  return (locale === "en" ? p.district_en || p.district_zh : p.district_zh || p.district_en) ?? ""
}

/** Pairing valid at `now`: valid_from ≤ now < valid_to (open-ended when valid_to is null). */
export function currentPairing(pairings: Pairing[] | null | undefined, now = new Date()): Pairing | null {
  if (!pairings?.length) return null
  const t = now.getTime()
  const valid = pairings.filter((p) => {
    const from = new Date(p.valid_from).getTime()
    const to = p.valid_to ? new Date(p.valid_to).getTime() : Infinity
    return from <= t && t < to
  })
  valid.sort((a, b) => new Date(b.valid_from).getTime() - new Date(a.valid_from).getTime())
  return valid[0] ?? null
}

export type CertStatus = "valid" | "expired" | "none"

export function certificationStatus(c: ProductOrigin["certification"], now = new Date()): CertStatus {
  if (!c?.number) return "none"
  if (c.expires_at && new Date(c.expires_at).getTime() < now.getTime()) return "expired"
  if (c.issued_at && new Date(c.issued_at).getTime() > now.getTime()) return "expired"
  return "valid"
}

/** Chinese title in Chinese; in English the English subtitle (the seed's English name), else the title. */
export function productTitle(p: { title?: string | null; subtitle?: string | null }, locale: Locale | string): string {
  if (locale === "en") return p.subtitle || p.title || ""
  return p.title || p.subtitle || ""
}

/** The other language's name, shown small under the title. */
export function productAltTitle(p: { title?: string | null; subtitle?: string | null }, locale: Locale | string): string {
  if (locale === "en") return p.subtitle && p.title !== p.subtitle ? p.title ?? "" : ""
  return p.subtitle && p.subtitle !== p.title ? p.subtitle : ""
}

const CJK = /[\u3400-\u9fff]/

/**
 * Description in the shopper's language. The seed writes the Chinese and English texts into one
 * field as separate paragraphs; metadata.description_zh / description_en win when present.
 */
export function productDescription(
  p: { description?: string | null; metadata?: Record<string, unknown> | null },
  locale: Locale | string
): string {
  const m = p.metadata ?? {}
  const meta = m[locale === "en" ? "description_en" : "description_zh"]
  if (typeof meta === "string" && meta) return meta
  const paragraphs = (p.description ?? "").split(/\n\s*\n/).map((x) => x.trim()).filter(Boolean)
  const mine = paragraphs.filter((x) => (locale === "en" ? !CJK.test(x) : CJK.test(x)))
  return (mine.length ? mine : paragraphs).join("\n\n")
}

export function categoryName(
  c: { name?: string | null; metadata?: Record<string, unknown> | null } | null | undefined,
  locale: Locale | string
): string {
  if (!c) return ""
  const en = c.metadata && typeof c.metadata.name_en === "string" ? c.metadata.name_en : ""
  return (locale === "en" ? en || c.name : c.name || en) ?? ""
}

/** Lowest price of the product's variants in the region (calculated_price), or null when unpriced. */
export function minPrice(p: Pick<Product, "variants">): number | null {
  let min: number | null = null
  for (const v of p.variants ?? []) {
    const a = v.calculated_price?.calculated_amount
    if (typeof a === "number" && (min === null || a < min)) min = a
  }
  return min
}

/** Original price when the lowest variant is on sale (price list), else null. */
export function originalPrice(p: Pick<Product, "variants">): number | null {
  let best: { calc: number; orig: number } | null = null
  for (const v of p.variants ?? []) {
    const c = v.calculated_price?.calculated_amount
    const o = v.calculated_price?.original_amount
    if (typeof c === "number" && (!best || c < best.calc)) best = { calc: c, orig: typeof o === "number" ? o : c }
  }
  return best && best.orig > best.calc ? best.orig : null
}

export type StockState = "in_stock" | "low" | "out"

/** Stock of one variant as a shopper sees it (managed inventory only). */
export function stockState(v: {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}): StockState {
  if (!v.manage_inventory || v.allow_backorder) return "in_stock"
  const q = v.inventory_quantity ?? 0
  if (q <= 0) return "out"
  if (q <= 5) return "low"
  return "in_stock"
}

export function isNamed(x: unknown): x is Named {
  return !!x && typeof (x as Named).code === "string"
}
