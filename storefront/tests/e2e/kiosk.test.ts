// End to end at a retail counter (/kiosk), on the stack that tests/e2e/global-setup.ts started:
// an operator's setup code pins the device → a wrong PIN, then the clerk's → a scanned barcode
// (EAN digits + Enter, one with a bad check digit first) → cash with change → receipt with the order
// number, counties and QR code → offline: the page reloads from the service worker, three sales
// are queued with their own times → online: exactly three orders, booked at the times they happened
// → syncing again books nothing more → a sale whose answer is lost is sent again and booked once →
// a return with the manager's PIN → cash drawer open/close with its discrepancy → day summary.
// Screenshots go to test-results/screenshots/kiosk-*.png (not committed).
import { mkdirSync } from "node:fs"
import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { CHROMIUM_ARGS, sqlQuery } from "../../../infra/test-stack"
import { chromiumPath, RESULTS_DIR } from "./stack"

const SHOTS = path.join(RESULTS_DIR, "screenshots")
const stack = inject("e2e")
const skip = stack.skip ?? (!stack.backendUrl || !stack.databaseName ? "the kiosk test needs E2E_BACKEND_URL and E2E_DATABASE_NAME with E2E_STOREFRONT_URL" : null)
const PINS = { manager: "246810", clerk: "1357" }
const OPERATOR = { email: "admin@onecounty.cn", password: process.env.SEED_ADMIN_PASSWORD || "OneCounty2026!" }

type KioskOrder = { id: string; display_id: number; created_at: Date; sold_at: string; key: string }

describe.skipIf(!!skip)("selling at a counter, online and offline", () => {
  const base = stack.storefrontUrl
  const api = stack.backendUrl
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let counterId = ""
  let barcode = ""

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `kiosk-${name}.png`), fullPage: true })
  const orders = () =>
    sqlQuery<KioskOrder>(
      `select id, display_id, created_at, metadata->'kiosk'->>'sold_at' as sold_at, metadata->'kiosk'->>'idempotency_key' as key
         from "order" where metadata->'kiosk'->>'counter_id' = $1 and deleted_at is null order by display_id`,
      [counterId],
      stack.databaseName
    )
  const admin = async (method: string, p: string, token: string, body?: unknown) => {
    const res = await fetch(`${api}${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await res.json()) as Record<string, unknown>
    if (!res.ok) throw new Error(`${method} ${p} → ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  /** Scans like a keyboard-wedge scanner: the digits, then Enter, into the page (no field focused). */
  const scan = async (code: string) => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.type(code)
    await page.keyboard.press("Enter")
  }
  const pendingCount = async () => Number(await page.getByTestId("queue-pending").getAttribute("data-count"))

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS })
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: "zh-CN", timezoneId: "Asia/Shanghai" })
    context.setDefaultTimeout(30_000)
    context.setDefaultNavigationTimeout(120_000)
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close().catch(() => {})
  })

  it("pins the device to a counter with an operator's one-time setup code", async () => {
    const auth = await fetch(`${api}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(OPERATOR) })
    const { token } = (await auth.json()) as { token: string }
    expect(token).toBeTruthy()
    const { counters } = (await admin("GET", "/admin/counters?q=CTR-XH", token)) as { counters: { id: string; code: string }[] }
    counterId = counters.find((c) => c.code === "CTR-XH")!.id
    // The seed gives each counter a manager and a clerk; a backend without them gets them here.
    const { clerks } = (await admin("GET", `/admin/counters/${counterId}/clerks`, token)) as { clerks: { role: string; active?: boolean }[] }
    for (const role of ["manager", "clerk"] as const) {
      if (!clerks.some((c) => c.role === role && c.active !== false)) await admin("POST", `/admin/counters/${counterId}/clerks`, token, { name: `E2E ${role}`, pin: PINS[role], role })
    }
    const { setup_code } = (await admin("POST", `/admin/counters/${counterId}/setup-codes`, token, {})) as { setup_code: { code: string } }
    expect(setup_code.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)

    await page.goto(`${base}/kiosk`)
    await page.getByTestId("kiosk-setup").waitFor()
    await page.fill("#setup-code", "ZZZZZZZZ")
    await page.getByTestId("setup-submit").click()
    await expect(page.getByTestId("setup-error").textContent()).resolves.toMatch(/code/)
    await page.fill("#setup-code", setup_code.code.toLowerCase())
    await page.getByTestId("setup-submit").click()
    await page.getByTestId("kiosk-login").waitFor()
    await expect(page.getByTestId("kiosk-counter-name").textContent()).resolves.toContain("徐汇")
    await shot("01-login")
  })

  it("logs the clerk in with a PIN after a wrong one", async () => {
    await page.locator('[data-testid="clerk-button"][data-role="clerk"]').first().click()
    await page.fill("#clerk-pin", "0000")
    await page.getByTestId("pin-submit").click()
    await expect(page.getByTestId("login-error").textContent()).resolves.toMatch(/还可尝试 4 次/)
    await page.fill("#clerk-pin", PINS.clerk)
    await page.getByTestId("pin-submit").click()
    await page.getByTestId("product-tile").first().waitFor()
    expect(await page.getByTestId("product-tile").count()).toBeGreaterThan(10)
  })

  it("scans a barcode, refuses a bad check digit, takes cash and prints the receipt with the order number", async () => {
    const coffee = page.getByTestId("product-tile").filter({ hasText: "澜沧" }).first()
    barcode = (await coffee.getAttribute("data-barcode")) ?? ""
    expect(barcode).toMatch(/^\d{13}$/)
    const wrong = `${barcode.slice(0, 12)}${(Number(barcode[12]) + 1) % 10}`
    await scan(wrong)
    await expect(page.getByTestId("scan-notice").textContent()).resolves.toContain("校验位")
    expect(await page.getByTestId("cart-line").count()).toBe(0)
    await scan(barcode)
    await page.getByTestId("cart-line").waitFor()
    await scan(barcode)
    await expect(page.getByTestId("cart-line-quantity").inputValue()).resolves.toBe("2")
    await page.getByRole("button", { name: /减一/ }).click()
    await expect(page.getByTestId("cart-line-quantity").inputValue()).resolves.toBe("1")
    await page.getByTestId("pay-cash").click()
    await page.fill("#tendered", "500")
    await expect(page.getByTestId("change-due").textContent()).resolves.toMatch(/找零 ¥\d+\.\d\d/)
    await shot("02-cart")
    await page.getByTestId("pay-submit").click()
    await page.getByTestId("receipt").waitFor()
    await page.waitForFunction(() => /^#\d+$/.test(document.querySelector('[data-testid="receipt-number"]')?.textContent ?? ""))
    await expect(page.getByTestId("receipt-county").first().textContent()).resolves.toContain("澜沧")
    await page.getByTestId("receipt-qr").waitFor()
    await expect(page.getByTestId("receipt-change").textContent()).resolves.toMatch(/¥\d+\.\d\d/)
    await shot("03-receipt")
    const rows = await orders()
    expect(rows).toHaveLength(1)
    expect(`#${rows[0]!.display_id}`).toBe((await page.getByTestId("receipt-number").textContent())?.trim())
  })

  it("reloads offline from the service worker and queues three sales with their own times", async () => {
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 })
    await page.getByTestId("receipt-next").click()
    await context.setOffline(true)
    const reloaded = await page.reload()
    expect(reloaded?.headers()["x-kiosk-offline"]).toBe("1")
    await page.getByTestId("product-tile").first().waitFor()
    await expect(page.getByTestId("network-state").textContent()).resolves.toContain("离线")

    const windows: { before: number; after: number }[] = []
    const payments = [
      async () => {
        await page.getByTestId("pay-cash").click()
        await page.fill("#tendered", "500")
      },
      async () => {
        await page.getByTestId("pay-card").click()
        await page.fill("#reference", "POS-E2E-0001")
      },
      async () => {
        await page.getByTestId("pay-qr").click()
        await page.fill("#reference", "QR-E2E-0002")
      },
    ]
    for (const pay of payments) {
      await scan(barcode)
      await page.getByTestId("cart-line").waitFor()
      await pay()
      const before = Date.now()
      await page.getByTestId("pay-submit").click()
      await page.getByTestId("receipt-pending").waitFor()
      windows.push({ before, after: Date.now() })
      await page.getByTestId("receipt-next").click()
      await new Promise((r) => setTimeout(r, 1_200))
    }
    expect(await pendingCount()).toBe(3)
    await expect(page.getByTestId("queue-last-error").textContent()).resolves.toMatch(/network|fetch/i)
    await page.getByTestId("queue-next-retry").waitFor()
    await shot("04-offline-queue")
    expect(await orders()).toHaveLength(1)

    // Back online a little later: the three are booked once each, at the times they were sold.
    await new Promise((r) => setTimeout(r, 3_000))
    const online = Date.now()
    await context.setOffline(false)
    await page.waitForFunction(() => document.querySelector('[data-testid="queue-pending"]')?.getAttribute("data-count") === "0", undefined, { timeout: 90_000 })
    const rows = (await orders()).slice(1)
    expect(rows).toHaveLength(3)
    rows.forEach((row, i) => {
      const sold = Date.parse(row.sold_at)
      expect(sold).toBeGreaterThanOrEqual(windows[i]!.before - 1_000)
      expect(sold).toBeLessThanOrEqual(windows[i]!.after + 1_000)
      expect(new Date(row.created_at).getTime()).toBeGreaterThanOrEqual(online - 1_000)
    })
    await shot("05-synced")

    await page.getByTestId("sync-now").click()
    await new Promise((r) => setTimeout(r, 3_000))
    expect(await pendingCount()).toBe(0)
    expect(await orders()).toHaveLength(4)
  })

  it("sends a sale again when its answer was lost, and the backend books it once", async () => {
    let lost = false
    await page.route(`${api}/kiosk/sales`, async (route) => {
      if (lost || route.request().method() !== "POST") return route.fallback()
      lost = true
      await route.fetch() // the server books the sale…
      await route.abort("connectionreset") // …and the device never hears back.
    })
    await scan(barcode)
    await page.getByTestId("cart-line").waitFor()
    await page.getByTestId("pay-cash").click()
    await page.getByTestId("pay-submit").click()
    await page.getByTestId("receipt").waitFor()
    await page.waitForFunction(() => /^#\d+$/.test(document.querySelector('[data-testid="receipt-number"]')?.textContent ?? ""), undefined, { timeout: 60_000 })
    expect(lost).toBe(true)
    const rows = await orders()
    expect(rows).toHaveLength(5)
    expect(new Set(rows.map((r) => r.key)).size).toBe(5)
    await page.unroute(`${api}/kiosk/sales`)
    await page.getByTestId("receipt-next").click()
  })

  it("refunds a return with the manager's PIN", async () => {
    await page.getByTestId("nav-returns").click()
    await page.getByTestId("return-sale").first().click()
    await page.getByTestId("return-quantity").first().fill("1")
    await page.fill('[data-testid="return-reason"]', "包装破损")
    await page.fill('[data-testid="return-pin"]', "000000")
    await page.getByTestId("return-submit").click()
    await expect(page.getByTestId("return-message").textContent()).resolves.toMatch(/PIN|pin/)
    await page.fill('[data-testid="return-pin"]', PINS.manager)
    await page.getByTestId("return-submit").click()
    await expect(page.getByTestId("return-message").textContent()).resolves.toMatch(/已退款 ¥\d+\.\d\d/)
    await shot("06-return")
  })

  it("opens and closes the cash drawer and shows the discrepancy, then the day summary", async () => {
    await page.getByTestId("nav-cash").click()
    const open = page.getByTestId("cash-open")
    const close = page.getByTestId("cash-close")
    await page.locator('[data-testid="cash-open"], [data-testid="cash-close"]').first().waitFor()
    if (await close.isVisible()) {
      await page.fill('[data-testid="cash-counted"]', "0")
      await close.click()
      await open.waitFor()
    }
    await page.fill('[data-testid="cash-float"]', "200")
    await open.click()
    await expect(page.getByTestId("cash-expected").textContent()).resolves.toBe("¥200.00")
    await page.fill('[data-testid="cash-counted"]', "199.5")
    await close.click()
    await expect(page.getByTestId("cash-discrepancy").textContent()).resolves.toBe("短款 ¥0.50")
    await shot("07-cash")

    await page.getByTestId("nav-summary").click()
    await expect(page.getByTestId("summary-orders").textContent()).resolves.toBe("5")
    await shot("08-summary")
  })
})
