/**
 * Order metadata keys that OneCounty's own code writes and reads: the kiosk workflow's record of
 * a counter sale and the demo seed's numbering. A shopper must never set them through the store
 * API, where Medusa copies a cart's metadata onto its order.
 */
export const RESERVED_METADATA_KEYS = ["kiosk", "demo_sales", "demo_seq"] as const

/** The path of the first reserved key set anywhere in a request body (`items.0.metadata.kiosk`), or null. */
export function reservedMetadataPath(body: unknown, path = ""): string | null {
  if (!body || typeof body !== "object") {
    return null
  }
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key
    if (key === "metadata" && value && typeof value === "object") {
      const hit = RESERVED_METADATA_KEYS.find((k) => Object.prototype.hasOwnProperty.call(value, k))
      if (hit) {
        return `${here}.${hit}`
      }
    }
    const nested = reservedMetadataPath(value, here)
    if (nested) {
      return nested
    }
  }
  return null
}
