// Product pictures end to end: the seed's pictures on the home, list and product pages through
// next/image (resized WebP from the optimiser, lazy below the fold), their URLs with caching
// headers, and the kiosk grid's thumbnails, from the device's cache once it is offline.
// Screenshots (desktop and phone) go to test-results/screenshots/.
import { mkdirSync } from "node:fs"
import path from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { THUMBNAIL_CACHE } from "../../src/lib/kiosk/thumbnails"
import { openPage, RESULTS_DIR } from "./stack"

const SHOTS = path.join(RESULTS_DIR, "screenshots")
const stack = inject("e2e")
const OPERATOR = { email: "admin@onecounty.cn", password: process.env.SEED_ADMIN_PASSWORD || "OneCounty2026!" }
const CLERK_PIN = process.env.SEED_CLERK_PIN || "1357"
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: "zh-CN", isMobile: true, hasTouch: true }
const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: "zh-CN", timezoneId: "Asia/Shanghai" }

type Shown = { src: string; loading: string | null; loaded: boolean }
/** The product pictures on the page: where each comes from, whether it is lazy, whether it has loaded. */
const pictures = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({ src: img.currentSrc || img.src, loading: img.getAttribute("loading"), loaded: img.complete && img.naturalWidth > 0 }))
  ) as Promise<Shown[]>

/** Scrolls to the bottom in steps so every lazy picture is asked for, then waits for all to load. */
async function loadAll(page: Page, testId: string) {
  for (let y = 0; y < 12; y++) {
    await page.mouse.wheel(0, 700)
    await page.waitForTimeout(150)
  }
  await page.waitForFunction(
    (id) => [...document.querySelectorAll<HTMLImageElement>(`[data-testid="${id}"]`)].every((img) => img.complete && img.naturalWidth > 0),
    testId,
    { timeout: 60_000 }
  )
}

describe.skipIf(!!stack.skip)("product pictures", () => {
  const base = stack.storefrontUrl
  let browser: Browser
  let page: Page
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(SHOTS, `images-${name}.png`) })

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    ;({ browser, page } = await openPage(PHONE))
  })
  afterAll(async () => {
    await browser?.close().catch(() => {})
  })

  it("shows the home page's products with optimised pictures, the first two eager and the rest lazy", async () => {
    await page.goto(`${base}/zh`)
    await page.getByTestId("product-image").first().waitFor()
    const shown = await pictures(page, "product-image")
    expect(shown.length).toBeGreaterThanOrEqual(4)
    for (const img of shown) expect(img.src).toMatch(/\/_next\/image\?url=.+%2Fuploads%2F.+\.webp&w=\d+&q=75/)
    expect(shown.slice(0, 2).map((i) => i.loading)).toEqual(["eager", "eager"])
    expect(shown.slice(2).every((i) => i.loading === "lazy")).toBe(true)
    await loadAll(page, "product-image")
    await page.evaluate(() => document.getElementById("featured-products")?.scrollIntoView())
    await shot(page, "home-phone")
  })

  it("shows every product's picture on the product list and the product page", async () => {
    await page.goto(`${base}/zh/products`)
    await page.getByTestId("product-image").first().waitFor()
    await loadAll(page, "product-image")
    const list = await pictures(page, "product-image")
    expect(list.length).toBeGreaterThanOrEqual(12)
    expect(new Set(list.map((i) => i.src)).size).toBe(list.length)

    await page.goto(`${base}/zh/products/530828-coffee`)
    const main = page.getByTestId("product-image").first()
    await main.waitFor()
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="product-image"]')
      return !!img && img.complete && img.naturalWidth > 0
    })
    const [first] = await pictures(page, "product-image")
    expect(first!.loading).toBe("eager")
    // The phone asks for a width near 390 CSS px, not the 800 px original.
    expect(Number(/&w=(\d+)/.exec(first!.src)![1])).toBeLessThanOrEqual(828)
    await shot(page, "product-phone")
  })

  it("serves the stored picture with a one-year immutable Cache-Control and the optimised one as WebP", async () => {
    const res = await fetch(`${stack.backendUrl}/store/products?handle=530828-coffee&fields=thumbnail`, { headers: { "x-publishable-api-key": stack.publishableKey } })
    const { products } = (await res.json()) as { products: { thumbnail: string }[] }
    const original = await fetch(products[0]!.thumbnail)
    expect(original.status).toBe(200)
    expect(original.headers.get("content-type")).toBe("image/webp")
    expect(original.headers.get("cache-control")).toBe("public, max-age=31536000, immutable")
    const optimised = await fetch(`${base}/_next/image?url=${encodeURIComponent(products[0]!.thumbnail)}&w=384&q=75`, { headers: { accept: "image/webp" } })
    expect(optimised.status).toBe(200)
    expect(optimised.headers.get("content-type")).toBe("image/webp")
    expect(optimised.headers.get("cache-control")).toMatch(/max-age=\d{5,}/)
    expect((await optimised.arrayBuffer()).byteLength).toBeLessThan((await original.arrayBuffer()).byteLength)
  })

  it("shows the desktop home and product page with their pictures", async () => {
    const desktop = await openPage(DESKTOP)
    try {
      await desktop.page.goto(`${base}/zh`)
      await desktop.page.getByTestId("product-image").first().waitFor()
      await loadAll(desktop.page, "product-image")
      await desktop.page.evaluate(() => window.scrollTo(0, 0))
      await shot(desktop.page, "home-desktop")
      await desktop.page.goto(`${base}/zh/products/530828-coffee`)
      await loadAll(desktop.page, "product-image")
      await desktop.page.evaluate(() => window.scrollTo(0, 0))
      await shot(desktop.page, "product-desktop")
    } finally {
      await desktop.browser.close()
    }
  })
})

describe.skipIf(!!stack.skip || !stack.backendUrl)("kiosk thumbnails", () => {
  const base = stack.storefrontUrl
  const api = stack.backendUrl
  let browser: Browser
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    ;({ browser, context, page } = await openPage(DESKTOP))
  })
  afterAll(async () => {
    await browser?.close().catch(() => {})
  })

  const cachedCount = () => page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, THUMBNAIL_CACHE)

  it("shows each tile's thumbnail and keeps them on the device", async () => {
    // A device of its own at 松江 (the kiosk test sells at 徐汇): an operator's setup code.
    const auth = (await (await fetch(`${api}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(OPERATOR) })).json()) as { token: string }
    const headers = { authorization: `Bearer ${auth.token}`, "content-type": "application/json" }
    const { counters } = (await (await fetch(`${api}/admin/counters?q=CTR-SJ`, { headers })).json()) as { counters: { id: string; code: string }[] }
    const counter = counters.find((c) => c.code === "CTR-SJ")!
    const made = await fetch(`${api}/admin/counters/${counter.id}/setup-codes`, { method: "POST", headers, body: "{}" })
    const { setup_code } = (await made.json()) as { setup_code: { code: string } }

    await page.goto(`${base}/kiosk`)
    await page.fill("#setup-code", setup_code.code)
    await page.getByTestId("setup-submit").click()
    await page.locator('[data-testid="clerk-button"][data-role="clerk"]').first().click()
    await page.fill("#clerk-pin", CLERK_PIN)
    await page.getByTestId("pin-submit").click()
    await page.getByTestId("product-tile").first().waitFor()

    const tiles = await page.getByTestId("product-tile").count()
    await page.waitForFunction(
      () => [...document.querySelectorAll<HTMLImageElement>('[data-testid="tile-thumb"]')].filter((i) => i.complete && i.naturalWidth > 0).length >= 10
    )
    expect(await page.getByTestId("tile-thumb").count()).toBe(tiles)
    // One thumbnail per product with a picture (a product sold in two packs has two tiles).
    const products = await page.evaluate(() => new Set([...document.querySelectorAll('[data-testid="tile-thumb"]')].map((i) => i.getAttribute("data-key"))).size)
    await expect.poll(cachedCount, { timeout: 60_000 }).toBe(products)
    await page.screenshot({ path: path.join(SHOTS, "images-kiosk-desktop.png") })
  })

  it("shows them from the cache when the device is offline", async () => {
    await context.setOffline(true)
    await page.reload()
    await page.getByTestId("product-tile").first().waitFor()
    await page.waitForFunction(() => {
      const thumbs = [...document.querySelectorAll<HTMLImageElement>('[data-testid="tile-thumb"]')]
      return thumbs.length > 10 && thumbs.every((i) => i.dataset.source === "cache" && i.complete && i.naturalWidth > 0)
    })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: path.join(SHOTS, "images-kiosk-phone.png") })
    await context.setOffline(false)
  })
})
