import "server-only"
import { CATALOG_REVALIDATE, sdk } from "../config"

type Query = Record<string, unknown>

/**
 * Catalogue reads are the same for every shopper: cached in Next's data cache for
 * CATALOG_REVALIDATE seconds and tagged so that a webhook can revalidate them.
 */
export function catalogGet<T>(path: string, query?: Query, tags: string[] = []): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: "GET",
    query,
    cache: "force-cache",
    next: { revalidate: CATALOG_REVALIDATE, tags: ["catalog", ...tags] },
  })
}

/** Per-shopper reads (cart, customer, orders): never cached. */
export function privateGet<T>(path: string, query?: Query, headers: Record<string, string> = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { method: "GET", query, headers, cache: "no-store" })
}
