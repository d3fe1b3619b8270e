// The storefront's security headers on real responses of `next start`, and its pages (the shop and
// the kiosk) loading in Chromium without a single Content Security Policy violation.
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { openPage } from "./stack"

const stack = inject("e2e")

describe.skipIf(!!stack.skip)("storefront security headers", () => {
  const base = stack.storefrontUrl
  let browser: Browser
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    ;({ browser, page } = await openPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" }))
    // Chromium reports each blocked load or script on the console and as an event on the page.
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`))
    )
  })

  afterAll(async () => {
    await browser?.close().catch(() => {})
  })

  it("sends the CSP and the fixed headers with the pages", async () => {
    for (const path of ["/zh", "/kiosk"]) {
      const res = await fetch(`${base}${path}`)
      expect(res.status).toBe(200)
      const csp = res.headers.get("content-security-policy") ?? ""
      expect({ path, frame: /frame-ancestors 'none'/.test(csp), stripe: /script-src [^;]*https:\/\/js\.stripe\.com/.test(csp), backend: csp.includes(new URL(stack.backendUrl).origin) }).toEqual({
        path,
        frame: true,
        stripe: true,
        backend: true,
      })
      expect(res.headers.get("x-content-type-options")).toBe("nosniff")
      expect(res.headers.get("x-frame-options")).toBe("DENY")
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      // a production build
      expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains")
    }
    const asset = await fetch(`${base}/kiosk-sw.js`)
    expect(asset.headers.get("x-content-type-options")).toBe("nosniff")
  })

  it("loads the shop's pages and the kiosk with no CSP violation", async () => {
    await page.goto(`${base}/zh`)
    await page.getByTestId("featured-county").first().waitFor()
    await page.goto(`${base}/zh/products`)
    await page.getByTestId("product-card").first().waitFor()
    await page.getByTestId("product-card").first().getByRole("link").first().click()
    await page.getByTestId("origin-panel").waitFor()
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("added").waitFor()
    for (const path of ["/zh/cart", "/zh/checkout", "/zh/places", "/zh/account", "/en"]) {
      await page.goto(`${base}${path}`)
      await page.waitForLoadState("networkidle")
    }
    await page.goto(`${base}/kiosk`)
    await page.waitForLoadState("networkidle")
    expect(violations).toEqual([])
  })
})
