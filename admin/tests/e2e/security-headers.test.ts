// The console as the backend serves it at /console: its CSP and the other security headers on real
// responses, and every page (charts included) rendering in Chromium with no CSP violation.
import { chromium, type Browser, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { chromiumPath, CHROMIUM_ARGS, postgresReachable, skipForMissing, startConsoleStack, type ConsoleStack } from "./stack"

const browserPath = chromiumPath()
const canRun = !skipForMissing("console e2e", !browserPath ? "no chromium" : !(await postgresReachable()) ? "PostgreSQL is not reachable" : null)
const CITY = { email: "official@onecounty.cn", password: "Official2026!" }

describe.skipIf(!canRun)("console security headers", () => {
  let stack: ConsoleStack
  let browser: Browser
  let page: Page
  const violations: string[] = []

  beforeAll(async () => {
    stack = await startConsoleStack()
    browser = await chromium.launch({ executablePath: browserPath!, args: CHROMIUM_ARGS })
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" })).newPage()
    page.setDefaultTimeout(30_000)
    // Chromium reports each blocked load, script or style on the console and as an event.
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`))
    )
  }, 900_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await stack?.stop()
  })

  it("sends its CSP, nosniff, DENY and a referrer policy with the app and its assets", async () => {
    const html = await fetch(`${stack.consoleUrl}/`)
    expect(html.headers.get("content-security-policy")).toBe(
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: blob:;font-src 'self' data:;connect-src 'self';object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'"
    )
    const script = /src="([^"]+\.js)"/.exec(await html.text())![1]!
    const asset = await fetch(new URL(script, `${stack.consoleUrl}/`))
    expect(asset.status).toBe(200)
    for (const res of [html, asset]) {
      expect([res.headers.get("x-content-type-options"), res.headers.get("x-frame-options"), res.headers.get("referrer-policy")]).toEqual([
        "nosniff",
        "DENY",
        "strict-origin-when-cross-origin",
      ])
    }
  })

  it("signs in and renders every page with no CSP violation", async () => {
    await page.goto(`${stack.consoleUrl}/login`)
    await page.locator('input[name="email"]').fill(CITY.email)
    await page.locator('input[name="password"]').fill(CITY.password)
    await page.getByRole("button", { name: "登录" }).click()
    await page.getByTestId("headline").waitFor()
    await page.getByTestId("chart-treemap").waitFor()
    for (const path of ["regions", "districts", "rankings", "orders", "targets"]) {
      await page.goto(`${stack.consoleUrl}/${path}`)
      await page.waitForLoadState("networkidle")
    }
    expect(violations).toEqual([])
  })
})
