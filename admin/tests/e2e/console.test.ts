// End to end against a real backend with a seeded year of sales, in Debian's chromium: sign-in is
// refused to non-officials, the headline and a county row equal the API's figures, the exported
// CSV equals the table, the orders behind a county are a click away, and a district official
// sees their own district only.
import { mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { formatMoney, formatPercent } from "../../src/lib/format"
import type { OrderRow, ProgressRow, Regions } from "@onecounty/contracts/officials"
import { chromiumPath, CHROMIUM_ARGS, postgresReachable, RESULTS_DIR, skipForMissing, startConsoleStack, type ConsoleStack } from "./stack"

const SHOTS = path.join(RESULTS_DIR, "screenshots")
const browserPath = chromiumPath()
// under CI=true a missing dependency fails this file instead of skipping it
const canRun = !skipForMissing("console e2e", !browserPath ? "no chromium" : !(await postgresReachable()) ? "PostgreSQL is not reachable" : null)

const CITY = { email: "official@onecounty.cn", password: "Official2026!" }
const MINHANG = { email: "minhang@onecounty.cn", password: "Official2026!" }
const CUSTOMER = { email: "demo@onecounty.cn", password: "Demo2026!" }

/** Minimal RFC 4180 reader: the exports quote cells with commas, quotes or line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  const body = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      row.push(cell)
      cell = ""
    } else if (ch === "\n") {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
    } else if (ch !== "\r") cell += ch
  }
  const [header = [], ...data] = rows
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])))
}

const yuanText = (cell: string) => cell.replace(/[¥,]/g, "")

describe.skipIf(!canRun)("officials' console", () => {
  let stack: ConsoleStack
  let browser: Browser
  const contexts: BrowserContext[] = []
  let api: <T>(path: string, query?: Record<string, string | number>) => Promise<T>
  let county: ProgressRow & { scope_code: string }
  let regions: Regions

  async function token(who: { email: string; password: string }) {
    const res = await fetch(`${stack.backendUrl}/auth/official/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(who),
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { token: string }).token
  }
  const apiAs = (bearer: string) => async (p: string, query: Record<string, string | number> = {}) => {
    const url = new URL(`${stack.backendUrl}${p}`)
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v))
    return fetch(url, { headers: { authorization: `Bearer ${bearer}` } })
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN", acceptDownloads: true })
    context.setDefaultTimeout(30_000)
    contexts.push(context)
    return context.newPage()
  }
  async function signIn(page: Page, who: { email: string; password: string }) {
    await page.goto(`${stack.consoleUrl}/login`)
    await page.locator('input[name="email"]').fill(who.email)
    await page.locator('input[name="password"]').fill(who.password)
    await page.getByRole("button", { name: "登录" }).click()
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    stack = await startConsoleStack()
    browser = await chromium.launch({ executablePath: browserPath!, args: CHROMIUM_ARGS })
    const get = apiAs(await token(CITY))
    api = async <T,>(p: string, query: Record<string, string | number> = {}) => {
      const res = await get(p, query)
      expect(res.status).toBe(200)
      return (await res.json()) as T
    }
    regions = await api<Regions>("/officials/regions")
    const { progress } = await api<{ progress: ProgressRow[] }>("/officials/reports/progress", { year: stack.salesYear, level: "county" })
    county = progress.find((r) => r.scope_code && r.actual_fen > 0) as typeof county
    expect(county).toBeDefined()
  })

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {})
    await browser?.close().catch(() => {})
    await stack?.stop()
  })

  it("is served by the backend at /console, deep links included, and lets the dev origin call /officials", async () => {
    const redirect = await fetch(stack.consoleUrl, { redirect: "manual" })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get("location")).toBe("/console/")
    const deep = await fetch(`${stack.consoleUrl}/regions?province=65`)
    expect(deep.status).toBe(200)
    const html = await deep.text()
    expect(html).toContain('<div id="root">')
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1]!
    const js = await fetch(`${stack.backendUrl}${asset}`)
    expect(js.headers.get("cache-control")).toContain("immutable")

    const preflight = (origin: string) =>
      fetch(`${stack.backendUrl}/officials/me`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
      })
    const allowed = await preflight("http://localhost:7001")
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:7001")
    expect(allowed.headers.get("access-control-allow-headers")).toBe("authorization")
    const other = await preflight("http://evil.example")
    expect(other.headers.get("access-control-allow-origin")).toBeNull()
  })

  it("sends a visitor without an official's sign-in to the login page, and refuses a customer", async () => {
    const page = await newPage()
    await page.goto(`${stack.consoleUrl}/rankings`)
    await page.waitForURL(/\/console\/login$/)
    await signIn(page, CUSTOMER)
    await expect.poll(() => page.getByTestId("login-error").textContent()).toContain("不是官员")
    expect(new URL(page.url()).pathname).toBe("/console/login")
  })

  let page: Page
  it("shows the headline with the API's figures for the chosen year", async () => {
    page = await newPage()
    await signIn(page, CITY)
    await page.getByTestId("headline").waitFor()
    await page.getByTestId("year").selectOption(String(stack.salesYear))
    const [all] = (await api<{ progress: ProgressRow[] }>("/officials/reports/progress", { year: stack.salesYear, level: "all" })).progress
    expect(all!.actual_fen).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId("headline-actual").getAttribute("title")).toBe(formatMoney(all!.actual_fen))
    await expect(page.getByTestId("headline-completion").textContent()).resolves.toBe(formatPercent(all!.completion))
    await expect(page.getByTestId("headline-certified").textContent()).resolves.toBe(formatPercent(all!.certified_share))
    await expect(page.getByTestId("headline-actual").textContent()).resolves.toMatch(/万|亿|¥/)
    await page.getByTestId("chart-treemap").waitFor()
    await page.screenshot({ path: path.join(SHOTS, "01-overview.png"), fullPage: true })
  })

  /** Where the map drew each county (data-point-pixels), and the one farthest from every other. */
  async function loneliestPoint(map: ReturnType<Page["getByTestId"]>) {
    const pixels = Object.entries(JSON.parse((await map.getAttribute("data-point-pixels"))!) as Record<string, [number, number]>)
    const gap = ([c, [x, y]]: [string, [number, number]]) => Math.min(...pixels.filter(([o]) => o !== c).map(([, [u, v]]) => Math.hypot(x - u, y - v)))
    const [code, [x, y]] = pixels.reduce((best, p) => (gap(p) > gap(best) ? p : best))
    const box = (await map.boundingBox())!
    return { code, x: box.x + x, y: box.y + y, count: pixels.length }
  }

  it("maps every paired county at its seat and Shanghai's districts; a click on a county opens its orders", async () => {
    const map = page.getByTestId("county-map")
    await map.scrollIntoViewIfNeeded()
    await expect.poll(() => map.getAttribute("data-points"), { timeout: 60_000 }).toBe(String(regions.counties.length))
    expect(regions.counties).toHaveLength(71)
    await page.getByTestId("district-map").locator("canvas").first().waitFor()
    await expect(page.getByTestId("map-source").textContent()).resolves.toContain("示意图")
    await page.getByTestId("county-map-figure").locator("xpath=../..").screenshot({ path: path.join(SHOTS, "06-overview-maps.png") })

    const point = await loneliestPoint(map)
    expect(point.count).toBe(71)
    const info = regions.counties.find((c) => c.code === point.code)!
    const { count } = await api<{ count: number }>("/officials/reports/orders", { year: stack.salesYear, county: info.code, prefecture: info.prefecture_code, province: info.province_code, limit: 1 })
    await page.mouse.click(point.x, point.y)
    await page.waitForURL(/\/console\/orders\?/)
    const query = new URL(page.url()).searchParams
    expect([query.get("county"), query.get("prefecture"), query.get("province")]).toEqual([info.code, info.prefecture_code, info.province_code])
    await expect.poll(() => page.getByTestId("orders-count").textContent()).toContain(`共 ${count} 单`)

    await page.goto(`${stack.consoleUrl}/regions?province=53`)
    const yunnan = regions.counties.filter((c) => c.province_code === "53").length
    await expect.poll(() => page.getByTestId("county-map").getAttribute("data-points"), { timeout: 60_000 }).toBe(String(yunnan))

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true })
    contexts.push(phone)
    const small = await phone.newPage()
    await small.context().addCookies(await page.context().cookies())
    await small.goto(stack.consoleUrl + "/")
    await small.getByTestId("year").selectOption(String(stack.salesYear))
    await expect.poll(() => small.getByTestId("county-map").getAttribute("data-points"), { timeout: 60_000 }).toBe("71")
    await small.getByTestId("county-map-figure").locator("xpath=../..").screenshot({ path: path.join(SHOTS, "07-overview-maps-phone.png") })
  })

  it("keeps the sign-in in an httpOnly, SameSite=Strict session cookie, not in the page's storage", async () => {
    const cookies = await page.context().cookies()
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([["connect.sid", true, "Strict"]])
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(stored).not.toMatch(/eyJ|token|jwt/i)
  })

  it("shows a county row equal to the API's figures, and exports the same numbers as CSV", async () => {
    const info = regions.counties.find((c) => c.code === county.scope_code)!
    await page.goto(`${stack.consoleUrl}/regions?province=${info.province_code}&prefecture=${info.prefecture_code}`)
    const row = page.getByTestId("progress-table").getByTestId("row").filter({ has: page.locator('[data-col="name"]', { hasText: info.name_zh }) })
    await expect(row.locator('[data-col="actual_fen"]').textContent()).resolves.toBe(formatMoney(county.actual_fen))
    await expect(row.locator('[data-col="target_fen"]').textContent()).resolves.toBe(county.target_fen === null ? "—" : formatMoney(county.target_fen))
    await expect(row.locator('[data-col="completion"]').textContent()).resolves.toBe(formatPercent(county.completion))

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()])
    const csv = parseCsv(readFileSync((await download.path())!, "utf8"))
    const cells = await page.getByTestId("progress-table").locator('[data-col="actual_fen"]').allTextContents()
    const targets = await page.getByTestId("progress-table").locator('[data-col="target_fen"]').allTextContents()
    expect(csv.length).toBe(cells.length)
    expect(csv.map((r) => r.actual_yuan)).toEqual(cells.map(yuanText))
    expect(csv.map((r) => r.target_yuan || "—")).toEqual(targets.map(yuanText))
    expect(csv.find((r) => r.scope_code === county.scope_code)?.actual_fen).toBe(String(county.actual_fen))

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()])
    expect(xlsx.suggestedFilename()).toBe(`progress-${stack.salesYear}.xlsx`)
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK") // a zip: an Office workbook
    await page.screenshot({ path: path.join(SHOTS, "02-counties.png"), fullPage: true })
  })

  it("drills down from the county to the orders behind it, a page at a time", async () => {
    const info = regions.counties.find((c) => c.code === county.scope_code)!
    const { count, orders } = await api<{ count: number; orders: OrderRow[] }>("/officials/reports/orders", { year: stack.salesYear, county: county.scope_code, prefecture: info.prefecture_code, province: info.province_code, limit: 20 })
    const row = page.getByTestId("progress-table").getByTestId("row").filter({ has: page.locator('[data-col="name"]', { hasText: info.name_zh }) })
    await row.getByRole("link", { name: "查看订单" }).click()
    await page.waitForURL(/\/console\/orders\?/)
    await expect.poll(() => page.getByTestId("orders-count").textContent()).toContain(`共 ${count} 单`)
    const ids = await page.getByTestId("orders-table").locator('[data-col="order_id"]').allTextContents()
    expect(ids).toEqual(orders.map((o) => o.order_id))
    await page.screenshot({ path: path.join(SHOTS, "03-orders.png"), fullPage: true })
  })

  it("imports targets: a row-by-row preview, then all rows or none", async () => {
    await page.getByRole("link", { name: "目标" }).click()
    await page.getByTestId("targets-table").waitFor()
    const file = page.getByTestId("target-import").locator('input[type="file"]')
    const bad = `year,level,scope_code,amount_yuan\n${stack.salesYear},county,${county.scope_code},12345.67\n${stack.salesYear},county,659999,100\n`
    await file.setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) })
    await expect.poll(() => page.getByTestId("preview-errors").textContent()).toContain("1 个错误")
    await expect(page.getByRole("button", { name: "全部导入" }).count()).resolves.toBe(0)

    // saved by Excel on a Chinese Windows: GBK bytes (对口帮扶 = b6d4 bfda b0ef b7f6), sent as they are
    const good = Buffer.concat([
      Buffer.from(`year,level,scope_code,amount_yuan,note\r\n${stack.salesYear},county,${county.scope_code},12345.67,`),
      Buffer.from("b6d4bfdab0efb7f6", "hex"),
      Buffer.from("\r\n"),
    ])
    await file.setInputFiles({ name: "目标.csv", mimeType: "text/csv", buffer: good })
    await page.getByTestId("preview-ok").waitFor()
    await page.getByRole("button", { name: "全部导入" }).click()
    await expect.poll(() => page.getByTestId("import-done").textContent()).toContain("1")
    const { targets } = await api<{ targets: { level: string; scope_code: string; amount_fen: number; note: string | null }[] }>("/officials/targets", { year: stack.salesYear })
    expect(targets.find((t) => t.level === "county" && t.scope_code === county.scope_code)).toMatchObject({ amount_fen: 1_234_567, note: "对口帮扶" })
    await page.screenshot({ path: path.join(SHOTS, "04-targets.png"), fullPage: true })
  })

  it("switches to English", async () => {
    await page.getByTestId("lang").click()
    await page.getByRole("link", { name: "Rankings" }).click()
    await page.getByTestId("ranking-table").waitFor()
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("OneCounty")
  })

  it("keeps a district official to their own district", async () => {
    const minhang = await newPage()
    await signIn(minhang, MINHANG)
    await minhang.getByTestId("headline").waitFor()
    await minhang.getByTestId("year").selectOption(String(stack.salesYear))
    await minhang.getByRole("link", { name: "合作区进度" }).click()
    await minhang.getByTestId("district-table").waitFor()
    const names = await minhang.getByTestId("district-table").locator('[data-col="name"]').allTextContents()
    expect(names).toEqual(["闵行区"])
    const other = await apiAs(await token(MINHANG))("/officials/reports/progress", { year: stack.salesYear, level: "county", district: "徐汇区" })
    expect(other.status).toBe(403)
    await minhang.screenshot({ path: path.join(SHOTS, "05-district.png"), fullPage: true })
  })

  it("signs out by deleting the session: its cookie opens nothing afterwards", async () => {
    const [session] = await page.context().cookies()
    const asBefore = () => fetch(`${stack.backendUrl}/officials/me`, { headers: { cookie: `${session!.name}=${session!.value}` } })
    expect((await asBefore()).status).toBe(200)
    await page.getByRole("button", { name: "Sign out" }).click()
    await page.waitForURL(/\/console\/login$/)
    expect((await asBefore()).status).toBe(401)
    await page.goto(`${stack.consoleUrl}/rankings`)
    await page.waitForURL(/\/console\/login$/)
  })
})
