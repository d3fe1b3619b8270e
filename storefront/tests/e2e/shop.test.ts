// End to end, as a Shanghai shopper on a phone: register → browse by place to a county → search 咖啡
// → filter → product page with its origin panel → add to cart → check out (with a wrong mobile
// number first) → order confirmation → the order in the account → "my impact" → English.
// Screenshots of the main pages go to test-results/screenshots/ (not committed).
import { mkdirSync } from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { formatCNY } from "../../src/lib/util/money"
import { openPage, RESULTS_DIR } from "./stack"

const SHOTS = path.join(RESULTS_DIR, "screenshots")
// Started once for all e2e files by tests/e2e/global-setup.ts.
const stack = inject("e2e")

describe.skipIf(!!stack.skip)("shopping on the storefront", () => {
  const base = stack.storefrontUrl
  let browser: Browser
  let page: Page
  const email = `e2e-${Date.now()}@example.com`
  const password = "E2e-Passw0rd!"
  let orderNumber = ""
  let orderItemTotal = 0

  const cardTexts = () => page.getByTestId("product-card").allTextContents()
  const priceOf = (card: string) => Number(/¥([\d,]+\.\d\d)/.exec(card)![1]!.replace(/,/g, ""))
  /** The order as the backend keeps it, read with the shopper's own token. */
  const serverOrder = async (id: string) => {
    const auth = await fetch(`${stack.backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    const { token } = (await auth.json()) as { token: string }
    const fields = "id,display_id,email,total,item_total,shipping_total,*items,*shipping_address,*payment_collections,*payment_collections.payments"
    const res = await fetch(`${stack.backendUrl}/store/orders/${id}?fields=${encodeURIComponent(fields)}`, {
      headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": stack.publishableKey },
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { order: any }).order
  }

  const shot = async (name: string) => {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    ;({ browser, page } = await openPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: "zh-CN", isMobile: true, hasTouch: true }))
  })

  afterAll(async () => {
    await browser?.close().catch(() => {})
  })

  it("redirects / to the Chinese shop and renders the home page", async () => {
    await page.goto(`${base}/`)
    expect(new URL(page.url()).pathname).toBe("/zh")
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN")
    await page.getByTestId("featured-county").first().waitFor()
    expect(await page.getByTestId("product-card").count()).toBeGreaterThan(0)
    await page.getByTestId("region-map").waitFor()
    await shot("01-home")
  })

  it("registers a new customer", async () => {
    await page.goto(`${base}/zh/account/register`)
    await page.fill("#last_name", "测")
    await page.fill("#first_name", "试")
    await page.fill("#email", email)
    await page.fill("#phone", "13800138000")
    await page.fill("#password", "short")
    await page.getByTestId("register-submit").click()
    await expect(page.getByTestId("error-password").textContent()).resolves.toContain("8")
    await page.fill("#password", password)
    await page.getByTestId("register-submit").click()
    await page.waitForURL(/\/zh\/account$/)
    await expect(page.getByTestId("account-hello").textContent()).resolves.toContain("测试")
  })

  it("browses by place: province → county, with its story and Shanghai partner district", async () => {
    await page.goto(`${base}/zh/places`)
    await page.getByTestId("province-list").getByRole("link", { name: /云南/ }).click()
    await page.waitForURL(/\/zh\/places\/53$/)
    await page.getByTestId("county-link").filter({ hasText: "澜沧" }).first().click()
    await page.waitForURL(/\/zh\/counties\/530828$/)
    await expect(page.getByTestId("county-title").textContent()).resolves.toContain("澜沧")
    await expect(page.getByTestId("partner-district").textContent()).resolves.toContain("黄浦区")
    expect(await page.getByTestId("product-card").count()).toBeGreaterThan(0)
    await shot("02-county")
  })

  it("searches 咖啡 from the header and filters the results", async () => {
    const box = page.getByTestId("search-input").last()
    await box.fill("咖啡")
    await box.press("Enter")
    await page.waitForURL(/\/zh\/products\?q=/)
    const titles = await page.getByTestId("product-card").allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.every((t) => t.includes("咖啡"))).toBe(true)
    expect(titles.some((t) => t.includes("澜沧普洱咖啡"))).toBe(true)
    await shot("03-search")
    // Filter and sort the whole list, whose provinces and prices differ: ignoring either shows.
    await page.goto(`${base}/zh/products`)
    expect((await cardTexts()).some((t) => !t.includes("云南"))).toBe(true)
    await page.getByTestId("filters").locator("summary").click()
    await page.selectOption("#f-province", "53")
    await page.waitForURL(/province=53/)
    await page.getByTestId("product-card").first().waitFor()
    const yunnan = await cardTexts()
    expect(yunnan.length).toBeGreaterThan(1)
    expect(yunnan.every((t) => t.includes("云南"))).toBe(true)
    await page.selectOption("#sort", "price_desc")
    await page.waitForURL(/sort=price_desc/)
    await page.getByTestId("product-card").first().waitFor()
    const sorted = await cardTexts()
    expect(sorted.every((t) => t.includes("云南"))).toBe(true)
    const prices = sorted.map(priceOf)
    expect(new Set(prices).size).toBeGreaterThan(1)
    expect(prices).toEqual([...prices].sort((a, b) => b - a))
    await page.goto(`${base}/zh/products?q=${encodeURIComponent("不存在的东西")}`)
    await page.getByTestId("no-results").waitFor()
  })

  it("finds Pu'er coffee by 普洱咖啡 and by its pinyin “kafei” (Search Module index)", async () => {
    for (const q of ["普洱咖啡", "kafei"]) {
      await page.goto(`${base}/zh/products?q=${encodeURIComponent(q)}`)
      const titles = await page.getByTestId("product-card").allTextContents()
      expect(titles.some((t) => t.includes("澜沧普洱咖啡")), `${q} → ${titles.join(" | ")}`).toBe(true)
    }
  })

  it("shows the product with its origin panel and adds it to the cart", async () => {
    await page.goto(`${base}/zh/products?q=${encodeURIComponent("咖啡")}`)
    await page.getByTestId("product-card").filter({ hasText: "澜沧普洱咖啡" }).getByRole("link").click()
    await page.waitForURL(/\/zh\/products\/[\w-]+$/)
    await expect(page.getByTestId("product-title").textContent()).resolves.toContain("澜沧普洱咖啡")
    const origin = page.getByTestId("origin-panel")
    await expect(origin.getByTestId("origin-county").textContent()).resolves.toContain("澜沧")
    await expect(origin.getByTestId("origin-partner").textContent()).resolves.toContain("黄浦区")
    await expect(origin.getByTestId("origin-supplier").textContent()).resolves.toMatch(/合作社|农场|公司/)
    await expect(origin.getByTestId("origin-certification").textContent()).resolves.toMatch(/[A-Z]+-\d{4}-/)
    await expect(origin.getByTestId("origin-validity").textContent()).resolves.toContain("有效")
    await shot("04-product")
    await page.getByTestId("add-to-cart").click()
    await page.getByTestId("added").waitFor()
    await expect(page.getByTestId("cart-count").textContent()).resolves.toBe("1")
  })

  it("checks out with a Chinese address, showing what to fix first", async () => {
    await page.getByTestId("cart-link").click()
    await page.waitForURL(/\/zh\/cart$/)
    expect(await page.getByTestId("line-item").count()).toBe(1)
    await shot("05-cart")
    await page.getByTestId("checkout-link").click()
    await page.waitForURL(/\/zh\/checkout/)
    await page.fill("#email", email)
    await page.fill("#name", "测试")
    await page.fill("#mobile", "12345")
    await page.fill("#province", "上海市")
    await page.fill("#city", "上海市")
    await page.fill("#district", "浦东新区")
    await page.fill("#street", "世纪大道 100 号")
    await page.getByTestId("address-submit").click()
    await expect(page.getByTestId("error-mobile").textContent()).resolves.toContain("11 位")
    await shot("06-checkout-error")
    await page.fill("#mobile", "138 0013 8000")
    await page.getByTestId("address-submit").click()
    await page.waitForURL(/step=delivery/)
    await page.getByTestId("delivery-submit").click()
    await page.waitForURL(/step=payment/)
    await shot("07-checkout-payment")
    await page.getByTestId("place-order").click()
    await page.waitForURL(/\/zh\/order\/[\w]+\/confirmed$/)
    orderNumber = ((await page.getByTestId("order-number").textContent()) ?? "").trim()
    expect(orderNumber).toMatch(/^#\d+$/)

    // What the backend booked: this shopper's order, the address as typed, the coffee, and a
    // payment for exactly the total the page shows.
    const orderId = /\/order\/(\w+)\/confirmed$/.exec(new URL(page.url()).pathname)![1]!
    const order = await serverOrder(orderId)
    expect(`#${order.display_id}`).toBe(orderNumber)
    expect(order.email).toBe(email)
    expect(order.shipping_address).toMatchObject({
      first_name: "测试",
      phone: "13800138000",
      province: "上海市",
      city: "上海市",
      address_2: "浦东新区",
      address_1: "世纪大道 100 号",
      country_code: "cn",
    })
    expect(order.items.map((i: any) => [i.product_title, i.quantity])).toEqual([["澜沧普洱咖啡", 1]])
    expect(order.item_total).toBe(order.items[0].unit_price)
    expect(order.total).toBe(order.item_total + order.shipping_total)
    const [collection] = order.payment_collections
    expect(collection.amount).toBe(order.total)
    expect(collection.payments.map((p: any) => [p.amount, p.provider_id])).toEqual([[order.total, expect.stringMatching(/^pp_/)]])
    await expect(page.getByTestId("totals").textContent()).resolves.toContain(formatCNY(order.total, "zh"))
    orderItemTotal = order.item_total
    await expect(page.getByTestId("order-confirmed").textContent()).resolves.toContain("澜沧")
    await page.getByTestId("cart-count").waitFor({ state: "detached" })
    await shot("08-order-confirmed")
  })

  it("lists the order in the account, with its detail", async () => {
    await page.goto(`${base}/zh/account/orders`)
    const row = page.getByTestId("order-row").filter({ hasText: orderNumber })
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain("澜沧普洱咖啡")
    await shot("09-orders")
    await row.click()
    await page.waitForURL(/\/zh\/account\/orders\/[\w]+$/)
    await expect(page.getByTestId("order-number").textContent()).resolves.toBe(orderNumber)
  })

  it("shows what the purchases sent to each county this year", async () => {
    await page.goto(`${base}/zh/account/impact`)
    const list = page.getByTestId("impact-list")
    await list.waitFor()
    await expect(list.textContent()).resolves.toContain("澜沧")
    // the coffee's line total, not just any amount (¥0.00 would match a bare /¥\d/)
    expect(orderItemTotal).toBeGreaterThan(0)
    await expect(page.getByTestId("impact-total").textContent()).resolves.toBe(formatCNY(orderItemTotal, "zh"))
    await shot("10-impact")
  })

  it("reads in English", async () => {
    await page.goto(`${base}/zh/products?q=${encodeURIComponent("咖啡")}`)
    await page.getByTestId("locale-switch").click()
    await page.waitForURL(/\/en\/products/)
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en")
    const titles = await page.getByTestId("product-card").allTextContents()
    expect(titles.some((t) => t.includes("Lancang Pu'er coffee"))).toBe(true)
    await shot("11-en-list")

    // The product page asks the catalogue in English (Translation Module): title, description, category.
    await page.goto(`${base}/en/products/530828-coffee`)
    await expect(page.getByTestId("product-title").textContent()).resolves.toBe("Lancang Pu'er coffee")
    const body = await page.locator("main").textContent()
    expect(body).toContain("Grown at altitude")
    expect(body).not.toContain("高海拔种植")
    await page.goto(`${base}/zh/products/530828-coffee`)
    await expect(page.getByTestId("product-title").textContent()).resolves.toBe("澜沧普洱咖啡")
  })

  it("has no dead links on the main pages", async () => {
    const start = [
      "/zh",
      "/en",
      "/zh/places",
      "/zh/places/53",
      "/zh/counties/530828",
      "/zh/products",
      `/zh/products?q=${encodeURIComponent("咖啡")}&province=53&certified=1`,
      "/zh/categories/coffee?sort=price_asc",
      "/zh/products/530828-coffee",
      "/zh/categories",
      "/zh/cart",
      "/en/account/login",
    ]
    const links = new Set<string>()
    for (const p of start) {
      await page.goto(`${base}${p}`)
      const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href") ?? ""))
      for (const h of hrefs) if (h.startsWith("/") && !h.startsWith("//")) links.add(h.split("#")[0]!)
    }
    expect(links.size).toBeGreaterThan(30)
    const dead: string[] = []
    for (const href of links) {
      const res = await fetch(`${base}${href}`, { redirect: "manual", signal: AbortSignal.timeout(60_000) })
      if (res.status >= 400) dead.push(`${res.status} ${href}`)
    }
    expect(dead).toEqual([])
  })
})
