import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, securityHeaders } from "../../src/lib/security-headers"

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `))

describe("storefront security headers", () => {
  it("lets the pages reach the backend the kiosk calls and Stripe, and nothing frame them", () => {
    const csp = contentSecurityPolicy({ NODE_ENV: "production", MEDUSA_BACKEND_URL: "http://backend:9000/", KIOSK_BACKEND_URL: "https://api.shop.cn/x" })
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' http://backend:9000 https://api.shop.cn https://api.stripe.com")
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' https://js.stripe.com https://*.js.stripe.com")
    expect(directive(csp, "frame-src")).toBe("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com")
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'")
    expect(directive(csp, "object-src")).toBe("object-src 'none'")
  })

  it("allows next dev its eval and hot-reload socket, in development only", () => {
    expect(contentSecurityPolicy({ NODE_ENV: "development" })).toMatch(/script-src [^;]*'unsafe-eval'.*connect-src [^;]* ws:/)
    expect(contentSecurityPolicy({ NODE_ENV: "production" })).not.toMatch(/unsafe-eval|ws:/)
  })

  it("sends HSTS but under next dev, and nosniff, DENY and a referrer policy always", () => {
    const keys = (production: boolean) => securityHeaders({ production }).map((h) => h.key)
    expect(keys(true)).toContain("Strict-Transport-Security")
    expect(keys(false)).not.toContain("Strict-Transport-Security")
    expect(securityHeaders({ production: false })).toEqual(
      expect.arrayContaining([
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      ])
    )
  })
})
