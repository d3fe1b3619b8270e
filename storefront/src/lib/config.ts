import "server-only"
import Medusa from "@medusajs/js-sdk"

/** Where the Medusa backend is, seen from the Next.js server (all commerce calls are server-side). */
export const BACKEND_URL = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")

/** The "Online storefront" publishable key (scopes products to the online sales channel). */
export const PUBLISHABLE_KEY =
  process.env.MEDUSA_PUBLISHABLE_KEY || process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || ""

export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: false,
  publishableKey: PUBLISHABLE_KEY,
  // Never keep a shopper's token in the shared server process: it travels in an httpOnly cookie.
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** Seconds that catalogue reads (regions, origins, products, categories) are cached by Next. */
export const CATALOG_REVALIDATE = Number(process.env.CATALOG_REVALIDATE_SECONDS || 60)

/** Where kiosk devices reach the backend from the browser (they call /kiosk/* directly); defaults to MEDUSA_BACKEND_URL. */
export const KIOSK_BACKEND_URL = (process.env.KIOSK_BACKEND_URL || BACKEND_URL).replace(/\/$/, "")
