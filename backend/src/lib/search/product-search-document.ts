import { pinyin } from "pinyin-pro"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ENGLISH } from "../i18n/locales"
import { chineseSearchText } from "./chinese-search-text"

/** What a search document is built from, read through query.graph; prices apart, see below. */
export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "status",
  "sales_channels.id",
  "categories.id",
  "categories.handle",
  "categories.name",
  "categories.is_active",
  "categories.is_internal",
  "county.code",
  "county.name_zh",
  "county.name_en",
  "county.specialty_zh",
  "county.specialty_en",
  "county.prefecture.name_zh",
  "county.prefecture.name_en",
  "county.prefecture.province.code",
  "county.prefecture.province.name_zh",
  "county.prefecture.province.name_en",
  "certification.expires_at",
]

/** Only read with a currency in the query context. */
export const PRODUCT_PRICE_GRAPH_FIELD = "variants.calculated_price.calculated_amount"

type Named = { name_zh: string; name_en: string }

export type ProductSearchRow = {
  id: string
  handle: string | null
  title: string
  subtitle: string | null
  thumbnail: string | null
  status: string
  sales_channels?: ({ id: string } | null)[] | null
  /** en-US translations (withEnglish), null without one */
  title_en?: string | null
  categories?:
    | ({ id?: string; handle: string; name: string; name_en?: string | null; is_active: boolean; is_internal: boolean } | null)[]
    | null
  county?:
    | (Named & {
        code: string
        specialty_zh: string | null
        specialty_en: string | null
        prefecture?: (Named & { province?: (Named & { code: string }) | null }) | null
      })
    | null
  certification?: { expires_at: string | Date } | null
  variants?: ({ calculated_price?: { calculated_amount?: number | null } | null } | null)[] | null
}

export type ProductSearchDocument = {
  id: string
  sales_channel_ids: string[]
  handle: string | null
  title: string
  /** the en-US translation of the title, null without one */
  title_en: string | null
  title_sort: string
  subtitle: string | null
  thumbnail: string | null
  title_terms: string
  origin_terms: string
  county_code: string | null
  county_name_zh: string | null
  county_name_en: string | null
  province_code: string | null
  province_name_zh: string | null
  province_name_en: string | null
  category_handles: string[]
  category_names_zh: string[]
  category_names_en: string[]
  certified_until: string | null
  price_fen: number | null
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)

/**
 * Adds the en-US translations (Medusa's Translation Module) of the products' titles and their
 * categories' names. Read from the module rather than through Query's product ↔ translation link,
 * which Medusa registers only when the flag is set in the environment (MEDUSA_FF_TRANSLATION),
 * not from medusa-config.
 */
export async function withEnglish(query: Pick<RemoteQueryFunction, "graph">, rows: ProductSearchRow[]): Promise<ProductSearchRow[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.id, ...(row.categories ?? []).flatMap((c) => (c?.id ? [c.id] : []))]))]
  if (!ids.length) {
    return rows
  }
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: ids, locale_code: ENGLISH },
  })
  const byId = new Map(data.map((t: { reference_id: string; translations: Record<string, unknown> | null }) => [t.reference_id, t.translations ?? {}]))
  return rows.map((row) => ({
    ...row,
    title_en: text(byId.get(row.id)?.title),
    categories: row.categories?.map((c) => (c ? { ...c, name_en: c.id ? text(byId.get(c.id)?.name) : null } : c)),
  }))
}

/** The lowest CNY price among the variants, in fen; null when no variant has one. */
function minPriceFen(variants: ProductSearchRow["variants"]): number | null {
  const amounts = (variants ?? [])
    .map((variant) => variant?.calculated_price?.calculated_amount)
    .filter((amount): amount is number => typeof amount === "number")
  return amounts.length ? Math.round(Math.min(...amounts) * 100) : null
}

/** A place without its administrative suffix: 云南省 → 云南, 澜沧拉祜族自治县 → 澜沧拉祜族. */
function placeName(name: string | null | undefined): string | null {
  if (!name) {
    return null
  }
  const short = name.replace(/(?:自治[县州区旗]|特别行政区|地区|[省市县区州盟旗])$/u, "")
  // 芒市 stays 芒市: one character alone names nothing.
  return [...short].length >= 2 ? short : name
}

/** Pinyin of the title, so sorting by title puts 澜沧 under L beside the Latin titles. */
function titleSortKey(title: string): string {
  return pinyin(title, { toneType: "none", type: "array", v: true, nonZh: "consecutive" })
    .join(" ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
}

/** The search document of a product; null for a product a storefront must not find. */
export function toProductSearchDocument(row: ProductSearchRow): ProductSearchDocument | null {
  if (row.status !== "published") {
    return null
  }
  const categories = (row.categories ?? []).filter(present).filter((c) => c.is_active && !c.is_internal)
  // Kept aligned with the handles, so a category without an English name keeps its own.
  const categoryNamesEn = categories.map((c) => c.name_en ?? c.name)
  const titleEn = row.title_en ?? null
  const county = row.county ?? null
  const prefecture = county?.prefecture ?? null
  const province = prefecture?.province ?? null
  const expiresAt = row.certification?.expires_at
  // Suffixes like 自治县 would add character pairs to every product of the county and match
  // nothing a shopper types.
  const originText = [
    placeName(county?.name_zh),
    county?.name_en,
    county?.specialty_zh,
    county?.specialty_en,
    placeName(prefecture?.name_zh),
    prefecture?.name_en,
    placeName(province?.name_zh),
    province?.name_en,
    ...categories.map((c) => c.name),
    ...categoryNamesEn,
  ]
  return {
    id: row.id,
    sales_channel_ids: (row.sales_channels ?? []).filter(present).map((channel) => channel.id),
    handle: row.handle,
    title: row.title,
    title_en: titleEn,
    title_sort: titleSortKey(row.title),
    subtitle: row.subtitle,
    thumbnail: row.thumbnail,
    title_terms: chineseSearchText([row.title, titleEn, row.subtitle].filter(present).join(" ")),
    origin_terms: chineseSearchText(originText.filter(present).join(" ")),
    county_code: county?.code ?? null,
    county_name_zh: county?.name_zh ?? null,
    county_name_en: county?.name_en ?? null,
    province_code: province?.code ?? null,
    province_name_zh: province?.name_zh ?? null,
    province_name_en: province?.name_en ?? null,
    category_handles: categories.map((c) => c.handle),
    category_names_zh: categories.map((c) => c.name),
    category_names_en: categoryNamesEn,
    certified_until: expiresAt ? new Date(expiresAt).toISOString() : null,
    price_fen: minPriceFen(row.variants),
  }
}
