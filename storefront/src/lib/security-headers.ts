// Security headers of the storefront: the fixed ones (next.config.ts, every path) and the page CSP
// (proxy.ts, per request, as the backend's address is only known when the server starts).
// No imports: next.config.ts reads this file too.

const origin = (url: string) => new URL(url).origin

// Stripe.js and its frames, as Stripe lists them for a Content Security Policy.
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
}

type Env = Record<string, string | undefined>

/**
 * The pages' CSP. Scripts: the app's own and Stripe.js; Next.js streams its page data in inline
 * scripts, so 'unsafe-inline' stays (a nonce would make every page dynamic). Connections: the
 * backend, which kiosks call from the browser, and Stripe. Pictures come from the backend or its
 * file storage. No framing, no plugins, forms post here only.
 */
export function contentSecurityPolicy(env: Env = process.env): string {
  const backend = origin(env.MEDUSA_BACKEND_URL || "http://localhost:9000")
  const kiosk = origin(env.KIOSK_BACKEND_URL || backend)
  const dev = env.NODE_ENV === "development"
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // `next dev` evaluates its refreshed modules
    "script-src": ["'self'", "'unsafe-inline'", ...STRIPE.script, ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:", backend],
    "font-src": ["'self'", "data:"],
    "connect-src": [...new Set(["'self'", backend, kiosk, ...STRIPE.connect, ...(dev ? ["ws:"] : [])])],
    "frame-src": STRIPE.frame,
    "media-src": ["'self'", "blob:"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ")
}

/** The same on every response: HTTPS only (not under `next dev`), no sniffing, no framing, short referrers. */
export function securityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The kiosk scans barcodes with the camera; nothing else needs a device.
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(self \"https://js.stripe.com\")" },
  ]
}
