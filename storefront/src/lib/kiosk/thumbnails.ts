// Product thumbnails for the kiosk's grid, kept on the device beside the cached catalogue so the
// grid still shows them offline. Small WebPs from the storefront's own image optimiser (same
// origin, 128 px wide: a tile shows 64 CSS px on a 2× screen), stored in Cache Storage.

// Not "onecounty-kiosk-…": the service worker deletes those caches but its own when it updates.
export const THUMBNAIL_CACHE = "onecounty-thumbnails-v1"
const WIDTH = 128
const QUALITY = 75
const PARALLEL = 4

/** The optimiser URL of a thumbnail, absolute (Cache Storage keys are). */
export function thumbnailUrl(src: string, origin = globalThis.location?.origin ?? "http://localhost"): string {
  return new URL(`/_next/image?url=${encodeURIComponent(src)}&w=${WIDTH}&q=${QUALITY}`, origin).href
}

const storage = () => (typeof caches === "undefined" ? null : caches)

/**
 * Fetches every thumbnail of the catalogue not yet on the device and drops those of products no
 * longer in it. Failures are left for the next refresh: a tile without one shows its placeholder.
 */
export async function cacheThumbnails(sources: (string | null)[]): Promise<{ stored: number; kept: number; dropped: number }> {
  const store = storage()
  if (!store) return { stored: 0, kept: 0, dropped: 0 }
  const cache = await store.open(THUMBNAIL_CACHE)
  const wanted = new Set(sources.filter((s): s is string => !!s).map((s) => thumbnailUrl(s)))
  let dropped = 0
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) {
      await cache.delete(request)
      dropped++
    }
  }
  const missing: string[] = []
  for (const url of wanted) if (!(await cache.match(url))) missing.push(url)
  let stored = 0
  const work = async () => {
    for (let url = missing.shift(); url; url = missing.shift()) {
      try {
        const response = await fetch(url)
        if (response.ok && response.headers.get("content-type")?.startsWith("image/")) {
          await cache.put(url, response)
          stored++
        }
      } catch {
        // offline or the server is unreachable: tried again at the next catalogue refresh
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, work))
  return { stored, kept: wanted.size - stored, dropped }
}

/** The cached thumbnail as an object URL (the caller revokes it), or null when it is not on the device. */
export async function cachedThumbnail(src: string): Promise<string | null> {
  const store = storage()
  if (!store) return null
  const response = await (await store.open(THUMBNAIL_CACHE)).match(thumbnailUrl(src))
  return response ? URL.createObjectURL(await response.blob()) : null
}
