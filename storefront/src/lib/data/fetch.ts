import "server-only"
import { getLocale } from "next-intl/server"
import { isLocale, routing, storeLocale } from "@/i18n/routing"
import { CATALOG_REVALIDATE, sdk } from "../config"

type Query = Record<string, unknown>

/** The page's locale as the backend names it, sent as `?locale=` so each language is its own cache entry. */
async function backendLocale(): Promise<string> {
  const locale = await getLocale()
  return storeLocale[isLocale(locale) ? locale : routing.defaultLocale]
}

/**
 * Catalogue reads are the same for every shopper of a language: asked in the page's locale (Medusa's
 * Translation Module answers product, category and origin text in it), cached in Next's data cache
 * for CATALOG_REVALIDATE seconds and tagged so that a webhook can revalidate them.
 */
export async function catalogGet<T>(path: string, query?: Query, tags: string[] = []): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: "GET",
    query: { ...query, locale: await backendLocale() },
    cache: "force-cache",
    next: { revalidate: CATALOG_REVALIDATE, tags: ["catalog", ...tags] },
  })
}

/** Per-shopper reads (cart, customer, orders): never cached. */
export function privateGet<T>(path: string, query?: Query, headers: Record<string, string> = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { method: "GET", query, headers, cache: "no-store" })
}
