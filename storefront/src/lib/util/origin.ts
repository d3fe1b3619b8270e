import type { Locale } from "@/i18n/routing"
import type { Named, Pairing, ProductOrigin } from "@onecounty/contracts/store"
import type { Product } from "@onecounty/contracts/storefront"

type MaybeNamed = { name?: string | null; name_zh?: string | null; name_en?: string | null } | null | undefined

/**
 * The name in the shopper's language: `name` where the store origin routes answered in the page's
 * locale (Medusa's Translation Module), else the stored column of that language, else the other one.
 */
export function nameOf(n: MaybeNamed, locale: Locale | string): string {
  if (!n) return ""
  return (n.name || (locale === "en" ? n.name_en || n.name_zh : n.name_zh || n.name_en)) ?? ""
}

export function specialtyOf(
  c: { specialty?: string | null; specialty_zh?: string | null; specialty_en?: string | null } | null | undefined,
  locale: Locale | string
): string {
  if (!c) return ""
  return (c.specialty || (locale === "en" ? c.specialty_en || c.specialty_zh : c.specialty_zh || c.specialty_en)) ?? ""
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
