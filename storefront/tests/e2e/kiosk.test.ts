// End to end at a retail counter (/kiosk), on the stack that tests/e2e/global-setup.ts started:
// an operator's setup code pins the device → a wrong PIN, then the clerk's → a scanned barcode
// (EAN digits + Enter, one with a bad check digit first) → cash with change → receipt with the order
// number, counties and QR code → offline: the page reloads from the service worker, three sales
// are queued with their own times → online: exactly three orders, booked at the times they happened
// → syncing again books nothing more → a sale whose answer is lost is sent again and booked once →
// a sale the server refuses stays on the device until submitted again → a barcode read by the
// (fake) camera → a price changed with the manager's PIN → a return with the manager's PIN → cash
// drawer open/close → day summary → English → the 12 h session runs out: offline PIN login, a sale
// held until the clerk logs in online, then booked under that clerk.
// Screenshots go to test-results/screenshots/kiosk-*.png (not committed).
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { sqlQuery } from "../../../infra/test-stack"
import { openPage, RESULTS_DIR, skipForMissing } from "./stack"

const SHOTS = path.join(RESULTS_DIR, "screenshots")
const stack = inject("e2e")
const skip =
  stack.skip ??
  skipForMissing("kiosk e2e", !stack.backendUrl || !stack.databaseName ? "the kiosk test needs E2E_BACKEND_URL and E2E_DATABASE_NAME with E2E_STOREFRONT_URL" : null)
const PINS = { manager: "246810", clerk: "1357" }
const OPERATOR = { email: "admin@onecounty.cn", password: process.env.SEED_ADMIN_PASSWORD || "OneCounty2026!" }

/**
 * A one-frame Y4M video of an EAN-13 barcode, for Chromium's fake camera: the camera scanner reads
 * it as it would read a printed label.
 */
function barcodeVideo(code: string, file: string) {
  const L = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
  const G = L.map((p) => [...p].reverse().map((b) => (b === "1" ? "0" : "1")).join(""))
  const R = L.map((p) => [...p].map((b) => (b === "1" ? "0" : "1")).join(""))
  const parity = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"][Number(code[0])]!
  const d = [...code].map(Number)
  const modules =
    "101" + d.slice(1, 7).map((n, i) => (parity[i] === "L" ? L : G)[n]).join("") + "01010" + d.slice(7).map((n) => R[n]).join("") + "101"
  const [w, h, unit, x0] = [640, 480, 5, Math.floor((640 - 95 * 5) / 2)]
  const y = Buffer.alloc(w * h, 255)
  for (let row = 140; row < 340; row++) for (let m = 0; m < 95; m++) if (modules[m] === "1") y.fill(0, row * w + x0 + m * unit, row * w + x0 + (m + 1) * unit)
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128)
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), y, chroma]))
}

type KioskOrder = { id: string; display_id: number; created_at: Date; sold_at: string; key: string }

describe.skipIf(!!skip)("selling at a counter, online and offline", () => {
  const base = stack.storefrontUrl
  const api = stack.backendUrl
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let counterId = ""
  let barcode = ""
  let cameraProduct = { barcode: "", title: "" }

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
  /** Stocked units by inventory level, every location. */
  const stockLevels = async () =>
    new Map(
      (await sqlQuery<{ id: string; qty: string }>("select id, stocked_quantity as qty from inventory_level where deleted_at is null", [], stack.databaseName)).map(
        (l) => [l.id, Number(l.qty)] as const
      )
    )
  const pendingCount = async () => Number(await page.getByTestId("queue-pending").getAttribute("data-count"))

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    const [variant] = await sqlQuery<{ barcode: string; title: string }>(
      `select v.barcode, p.title from product_variant v join product p on p.id = v.product_id
        where v.barcode is not null and v.deleted_at is null and p.status = 'published' order by v.barcode desc limit 1`,
      [],
      stack.databaseName
    )
    cameraProduct = variant!
    const video = path.join(RESULTS_DIR, "kiosk-camera.y4m")
    barcodeVideo(cameraProduct.barcode, video)
    ;({ browser, context, page } = await openPage(
      { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: "zh-CN", timezoneId: "Asia/Shanghai", permissions: ["camera"] },
      ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`]
    ))
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

  it("keeps a sale the server refuses (4xx) on the device, shown as needing attention, until it is submitted again", async () => {
    let refused = false
    await page.route(`${api}/kiosk/sales`, async (route) => {
      if (refused || route.request().method() !== "POST") return route.fallback()
      refused = true
      await route.fulfill({ status: 400, contentType: "application/json", body: JSON.stringify({ type: "invalid_data", message: "items.0.quantity: refused for the test" }) })
    })
    await scan(barcode)
    await page.getByTestId("cart-line").waitFor()
    await page.getByTestId("pay-cash").click()
    await page.getByTestId("pay-submit").click()
    await page.getByTestId("receipt-pending").waitFor()
    const attention = page.getByTestId("queue-attention")
    await attention.waitFor()
    await expect(attention.textContent()).resolves.toContain("HTTP 400: items.0.quantity: refused for the test")
    expect(await pendingCount()).toBe(0)
    await shot("06-attention")
    expect(await orders()).toHaveLength(5)
    await page.unroute(`${api}/kiosk/sales`)
    await attention.getByRole("button", { name: "重新提交" }).click()
    await page.waitForFunction(() => /^#\d+$/.test(document.querySelector('[data-testid="receipt-number"]')?.textContent ?? ""), undefined, { timeout: 60_000 })
    await attention.waitFor({ state: "detached" })
    expect(await orders()).toHaveLength(6)
    await page.getByTestId("receipt-next").click()
  })

  it("reads a barcode from the camera", async () => {
    await page.getByTestId("camera-toggle").click()
    await page.getByTestId("camera-scanner").waitFor()
    await page.getByTestId("cart-line").waitFor({ timeout: 60_000 })
    await expect(page.getByTestId("scan-notice").textContent()).resolves.toContain(cameraProduct.title)
    await shot("07-camera")
    await page.getByTestId("camera-toggle").click()
    // The same label in view for many frames adds it once.
    await expect(page.getByTestId("cart-line-quantity").inputValue()).resolves.toBe("1")
    await page.getByTestId("cart-line-remove").click()
  })

  it("changes a price only with a manager's PIN and a reason", async () => {
    await scan(barcode)
    await page.getByTestId("cart-line").waitFor()
    await page.getByRole("button", { name: "改价" }).click()
    await page.fill('[data-testid="override-price"]', "100")
    await page.getByRole("button", { name: "确定" }).click()
    await expect(page.getByTestId("cart-total").textContent()).resolves.toBe("¥100.00")
    await page.getByTestId("pay-cash").click()
    await page.getByTestId("pay-submit").click()
    await expect(page.getByTestId("pay-error").textContent()).resolves.toContain("店长 PIN")
    await page.fill('[data-testid="override-pin"]', PINS.manager)
    await page.fill('[data-testid="override-reason"]', "外包装破损")
    await page.getByTestId("pay-submit").click()
    await page.waitForFunction(() => /^#\d+$/.test(document.querySelector('[data-testid="receipt-number"]')?.textContent ?? ""), undefined, { timeout: 60_000 })
    await expect(page.getByTestId("receipt-total").textContent()).resolves.toBe("¥100.00")
    const [sale] = await sqlQuery<{ total: number; flags: { list: { kind: string; detail: string }[] } }>(
      "select total, flags from kiosk_sale where counter_id = $1 order by sold_at desc limit 1",
      [counterId],
      stack.databaseName
    )
    expect(Number(sale!.total)).toBe(10_000)
    expect(sale!.flags.list.map((f) => f.kind)).toContain("price_override")
    expect(await orders()).toHaveLength(7)
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
    const stockBefore = await stockLevels()
    await page.fill('[data-testid="return-pin"]', PINS.manager)
    await page.getByTestId("return-submit").click()
    const message = (await page.getByTestId("return-message").textContent()) ?? ""
    expect(message).toMatch(/已退款 ¥\d+\.\d\d/)
    await shot("08-return")

    // On the server: the return, received; the refund on the sale's payment; the unit back in
    // stock; negative ledger entries for exactly what was refunded.
    const refundedFen = Math.round(Number(/¥([\d,]+\.\d\d)/.exec(message)![1]!.replace(/,/g, "")) * 100)
    const [ret] = await sqlQuery<{ order_id: string; return_id: string; amount: string; role: string; reason: string; status: string }>(
      `select r.order_id, r.return_id, r.amount, c.role, r.reason, mr.status
         from kiosk_return r join kiosk_clerk c on c.id = r.manager_id join "return" mr on mr.id = r.return_id
        where r.counter_id = $1 order by r.created_at desc limit 1`,
      [counterId],
      stack.databaseName
    )
    expect(ret).toMatchObject({ role: "manager", reason: "包装破损", status: "received" })
    expect(Number(ret!.amount)).toBe(refundedFen)
    const refunds = await sqlQuery<{ amount: string }>(
      `select rf.amount from refund rf join payment p on p.id = rf.payment_id
         join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
        where opc.order_id = $1 and rf.deleted_at is null`,
      [ret!.order_id],
      stack.databaseName
    )
    expect(refunds.map((r) => Math.round(Number(r.amount) * 100))).toEqual([refundedFen])
    const stockAfter = await stockLevels()
    const changed = [...stockAfter].filter(([id, qty]) => qty !== stockBefore.get(id)).map(([id, qty]) => qty - (stockBefore.get(id) ?? 0))
    expect(changed).toEqual([1])
    const negative = async () =>
      sqlQuery<{ kind: string; amount: number; quantity: number }>(
        `select kind, sum(amount_fen)::int amount, sum(quantity)::int quantity from sales_ledger_entry
          where order_id = $1 and kind <> 'sale' group by kind order by kind`,
        [ret!.order_id],
        stack.databaseName
      )
    const deadline = Date.now() + 60_000
    while ((await negative()).reduce((sum, e) => sum + e.amount, 0) !== -refundedFen && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
    const entries = await negative()
    expect(entries.reduce((sum, e) => sum + e.amount, 0)).toBe(-refundedFen)
    expect(entries.find((e) => e.kind === "return")).toMatchObject({ quantity: -1 })
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
    await shot("09-cash")

    await page.getByTestId("nav-summary").click()
    await expect(page.getByTestId("summary-orders").textContent()).resolves.toBe("7")
    await shot("10-summary")
    await page.getByTestId("kiosk-locale").click()
    await expect(page.getByTestId("nav-summary").textContent()).resolves.toBe("Day summary")
    await expect(page.getByTestId("kiosk-counter").textContent()).resolves.toBe("Xuhui hundred-counties counter")
  })

  it("logs the clerk in offline with their PIN after the 12 h session ran out, sells, and syncs the sale under that clerk once they log in online", async () => {
    await page.getByTestId("kiosk-locale").click()
    await page.getByTestId("nav-sell").click()
    // The session as the device stores it, made to have run out a minute ago.
    const clerkId = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open("onecounty-kiosk")
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction("kv", "readwrite")
            const get = tx.objectStore("kv").get("session")
            get.onsuccess = () => {
              const s = get.result as { clerk: { id: string }; expires_at: string }
              tx.objectStore("kv").put({ ...s, expires_at: new Date(Date.now() - 60_000).toISOString() }, "session")
              tx.oncomplete = () => {
                open.result.close()
                resolve(s.clerk.id)
              }
            }
          }
        })
    )
    const before = (await orders()).length
    await context.setOffline(true)
    await page.reload()
    await page.getByTestId("kiosk-login").waitFor()
    await page.locator('[data-testid="clerk-button"][data-role="clerk"]').first().click()
    await page.fill("#clerk-pin", "0000")
    await page.getByTestId("pin-submit").click()
    await expect(page.getByTestId("login-error").textContent()).resolves.toMatch(/还可尝试 4 次/)
    await page.fill("#clerk-pin", PINS.clerk)
    await page.getByTestId("pin-submit").click()
    await page.getByTestId("product-tile").first().waitFor()
    expect(await page.getByTestId("kiosk-clerk").getAttribute("data-offline")).toBe("1")

    await scan(barcode)
    await page.getByTestId("cart-line").waitFor()
    await page.getByTestId("pay-cash").click()
    await page.fill("#tendered", "500")
    await page.getByTestId("pay-submit").click()
    await page.getByTestId("receipt-pending").waitFor()
    await page.getByTestId("receipt-next").click()
    expect(await pendingCount()).toBe(1)
    await shot("11-offline-login")

    // Back online under the offline login: the sale waits for its clerk's online session.
    await context.setOffline(false)
    await page.getByTestId("queue-waiting-seller").waitFor()
    await new Promise((r) => setTimeout(r, 3_000))
    expect(await pendingCount()).toBe(1)
    expect(await orders()).toHaveLength(before)

    await page.getByTestId("kiosk-logout").click()
    await page.locator('[data-testid="clerk-button"][data-role="clerk"]').first().click()
    await page.fill("#clerk-pin", PINS.clerk)
    await page.getByTestId("pin-submit").click()
    await page.getByTestId("product-tile").first().waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="queue-pending"]')?.getAttribute("data-count") === "0", undefined, { timeout: 90_000 })
    const rows = await orders()
    expect(rows).toHaveLength(before + 1)
    const [booked] = await sqlQuery<{ clerk_id: string }>(`select metadata->'kiosk'->>'clerk_id' as clerk_id from "order" where id = $1`, [rows.at(-1)!.id], stack.databaseName)
    expect(booked!.clerk_id).toBe(clerkId)
  })
})
