// The operators' pages (柜台 Counters, 认证 Certifications, 供应商 Suppliers, 产地 Origins, 合作方 Partners) as operators get them: the admin built by `medusa build --admin-only`, served by
// a production `medusa start` of its own (infra/test-stack, admin enabled), driven in Chromium.
import { cpSync, mkdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import ExcelJS from "exceljs"
import iconv from "iconv-lite"
import type { Browser, BrowserContextOptions, Page } from "playwright-core"

// infra/test-stack (shared with the storefront's and console's e2e tests) lies outside the backend's
// tsconfig rootDir, so it is loaded at run time (jest transforms it) and typed by what this file uses.
type Procs = {
  run(name: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<void>
  stop(): Promise<void>
}
type TestStack = {
  BACKEND_DIR: string
  bin(dir: string, name: string): string
  chromiumPath(): string | null
  postgresReachable(): Promise<boolean>
  skipForMissing(suite: string, missing: string | null): string | null
  Processes: new (logDir: string) => Procs
  startBackend(procs: Procs, opts: { database: string; env?: Record<string, string> }): Promise<{ url: string }>
  openPage(device: BrowserContextOptions): Promise<{ browser: Browser; page: Page }>
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time, outside the backend's typecheck
const { BACKEND_DIR, bin, chromiumPath, openPage, postgresReachable, Processes, skipForMissing, startBackend }: TestStack = require(
  path.resolve(__dirname, "../../../infra/test-stack")
)

// `medusa start` serves the admin from <root>/public/admin; the build lands in .medusa/admin.
const BUILT_ADMIN = path.join(BACKEND_DIR, ".medusa/admin")
const SERVED_ADMIN = path.join(BACKEND_DIR, "public/admin")

// screenshots of the pages as the test leaves them (desktop, and a phone for the partner pages)
const SHOTS = path.join(os.tmpdir(), "admin-ui-e2e-screenshots")

/** yyyy-mm-dd, as <input type="date"> takes it, some days from now. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

let skip: string | null = null
beforeAll(async () => {
  skip = skipForMissing("admin operator pages", !chromiumPath() ? "no chromium" : !(await postgresReachable()) ? "no PostgreSQL" : null)
})

describe("operators' admin pages", () => {
  const procs = new Processes(path.join(os.tmpdir(), "admin-ui-e2e-logs"))
  let url = ""
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    if (skip) return
    // on a loaded 2-core machine the build alone has taken more than 5 minutes
    await procs.run("admin-build", bin(BACKEND_DIR, "medusa"), ["build", "--admin-only"], { cwd: BACKEND_DIR, env: process.env, timeoutMs: 900_000 })
    cpSync(BUILT_ADMIN, SERVED_ADMIN, { recursive: true })
    const backend = await startBackend(procs, {
      database: "oc_admin_ui_e2e",
      // plain HTTP on 127.0.0.1: the production session cookie may not be Secure (docs/SECURITY.md)
      env: { DISABLE_MEDUSA_ADMIN: "false", COOKIE_SECURE: "false" },
    })
    url = backend.url
    ;({ browser, page } = await openPage({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" }))
    await page.goto(`${url}/app/login`)
    await page.fill('input[name="email"]', "admin@onecounty.cn")
    await page.fill('input[name="password"]', process.env.SEED_ADMIN_PASSWORD || "OneCounty2026!")
    await page.click('button[type="submit"]')
    await page.waitForURL((u) => !u.pathname.includes("login"))
  }, 1_500_000)

  afterAll(async () => {
    await browser?.close()
    await procs.stop()
    rmSync(SERVED_ADMIN, { recursive: true, force: true })
  })

  it("shows the API's reason beside a refused code, then creates and edits a counter", async () => {
    if (skip) return
    await page.goto(`${url}/app/counter-registry`)
    await page.getByRole("cell", { name: "CTR-XH" }).waitFor()
    await page.getByRole("button", { name: "新建 Create" }).click()
    await page.fill("#code", "ctr e2e")
    await page.fill("#name_zh", "测试柜台")
    await page.fill("#name_en", "Test counter")
    await page.fill("#address", "漕溪北路 1 号")
    await page.click("#district_zh")
    await page.getByRole("option", { name: "徐汇区 Xuhui" }).click()
    await page.getByRole("button", { name: "保存 Save" }).click()
    await expect(page.locator('[data-field-error="code"]').innerText()).resolves.toMatch(/^must be upper-case letters and digits/)

    await page.fill("#code", "CTR-E2E")
    await page.getByRole("button", { name: "保存 Save" }).click()
    await page.getByRole("cell", { name: "CTR-E2E" }).waitFor()

    const row = page.getByRole("row").filter({ hasText: "CTR-E2E" })
    await row.getByRole("button").last().click()
    await page.getByRole("menuitem", { name: "编辑 Edit" }).click()
    await page.fill("#name_en", "Renamed test counter")
    await page.getByRole("button", { name: "保存 Save" }).click()
    await row.getByRole("cell", { name: "测试柜台 · Renamed test counter", exact: true }).waitFor()
  })

  it("flags expiring certificates and shows a refused date beside its field", async () => {
    if (skip) return
    await page.goto(`${url}/app/certifications`)
    await page.getByText(/^已过期 Expired/).first().waitFor()
    await page.getByRole("button", { name: "新建 Create" }).click()
    await page.fill("#number", "XFBF-E2E-001")
    await page.fill("#issuer", "上海市合作交流办")
    await page.fill("#issued_at", daysFromNow(-300))
    await page.fill("#expires_at", daysFromNow(-400))
    await page.getByRole("button", { name: "保存 Save" }).click()
    await expect(page.locator('[data-field-error="expires_at"]').innerText()).resolves.toMatch(/^must be given together with issued_at and fall after it/)

    await page.fill("#expires_at", daysFromNow(30))
    await page.getByRole("button", { name: "保存 Save" }).click()
    const row = page.getByRole("row").filter({ hasText: "XFBF-E2E-001" })
    await row.getByText(/^\d+ 天后到期 Expires in \d+ days$/).waitFor()
  })

  it("checks a supplier's credit code while it is typed, then creates the supplier", async () => {
    if (skip) return
    await page.goto(`${url}/app/suppliers`)
    await page.getByRole("button", { name: "新建 Create" }).click()
    await page.fill("#name", "测试合作社")
    await page.fill("#credit_code", "91110000802100433A")
    await expect(page.locator('[data-field-error="credit_code"]').innerText()).resolves.toBe("check character should be B")
    await expect(page.getByRole("button", { name: "保存 Save" }).isDisabled()).resolves.toBe(true)

    await page.fill("#credit_code", "91110000802100433B")
    await expect(page.locator('[data-field-error="credit_code"]').count()).resolves.toBe(0)
    await page.click("#county_id")
    await page.getByRole("option", { name: /泽普县/ }).click()
    await page.getByRole("button", { name: "保存 Save" }).click()
    await page.getByPlaceholder(/搜索名称或信用代码/).fill("91110000802100433B")
    await page.getByRole("cell", { name: "测试合作社", exact: true }).waitFor()
  })

  it("refuses an overlapping pairing with the API's message beside valid_from", async () => {
    if (skip) return
    await page.goto(`${url}/app/origins`)
    await page.getByPlaceholder(/搜索县、市、省/).fill("泽普")
    await page.getByText("新疆维吾尔自治区 Xinjiang").click()
    await page.getByText("喀什地区", { exact: false }).click()
    await page.getByRole("button", { name: /泽普县/ }).click()
    await page.getByText("泽普骏枣", { exact: false }).waitFor()
    await page.click("#district_zh")
    await page.getByRole("option", { name: "闵行区 Minhang" }).click()
    await page.fill("#valid_from", "2022-01-01")
    await page.getByRole("button", { name: "添加结对 Add pairing" }).click()
    await expect(page.locator('[data-field-error="valid_from"]').innerText()).resolves.toMatch(/^overlaps pairing pair_\w+ \(2021-01-01 – open-ended\)/)
  })

  it("registers a partner with an outlet and a key shown once, reports a bad GBK file row by row, books a good XLSX and clears its unknown barcode in the review queue", async () => {
    if (skip) return
    mkdirSync(SHOTS, { recursive: true })
    await page.goto(`${url}/app/partners`)
    await page.getByRole("button", { name: "新建 Create" }).click()
    await page.fill("#name_zh", "测试超市")
    await page.fill("#name_en", "Test Mart")
    await page.getByRole("button", { name: "保存 Save" }).click()
    await page.waitForURL(/\/app\/partners\/[^/]+$/)
    const partnerUrl = page.url()
    await page.getByRole("heading", { name: "测试超市 · Test Mart" }).waitFor()

    await page.getByRole("button", { name: "添加门店 Add outlet" }).click()
    await page.fill("#code", "TM-001")
    await page.fill("#name", "测试超市徐汇店")
    await page.click("#district_zh")
    await page.getByRole("option", { name: "徐汇区 Xuhui" }).click()
    await page.getByRole("button", { name: "保存 Save" }).click()
    await page.getByTestId("partner-outlets").getByRole("cell", { name: "TM-001" }).waitFor()

    await page.getByRole("button", { name: "新建密钥 New key" }).click()
    const secret = (await page.getByTestId("issued-secret").innerText()).trim()
    expect(await page.getByTestId("issued-key-id").innerText()).toMatch(/^pkey_/)
    expect(secret.length).toBeGreaterThanOrEqual(32)
    await page.screenshot({ path: path.join(SHOTS, "admin-partner-key-desktop.png"), fullPage: true })
    await page.getByRole("button", { name: "我已保存 I have saved it" }).click()
    await expect(page.getByTestId("secret-once").count()).resolves.toBe(0)
    // only the last four characters stay on the page
    await page.getByTestId("partner-credentials").getByText(`…${secret.slice(-4)}`).waitFor()
    expect(await page.content()).not.toContain(secret)

    // what Excel saves on a Chinese Windows: GBK, Chinese headers; row 3's amount has a ¥ and a thousands separator
    const gbk = iconv.encode(
      "单号,行号,门店编码,销售时间,条码,数量,金额_分\r\nR-1,1,TM-001,2026-11-20 10:00:00,6920000000005,2,3980\r\nR-1,2,TM-001,2026-11-20 10:00:00,6920000000005,1,\"¥1,990\"\r\n",
      "gbk"
    )
    const upload = page.getByTestId("partner-upload").locator('input[type="file"]')
    await upload.setInputFiles({ name: "销售.csv", mimeType: "text/csv", buffer: gbk })
    const errorRow = page.getByTestId("upload-error-row").first()
    await errorRow.waitFor()
    await expect(errorRow.locator("td").first().innerText()).resolves.toBe("3")
    await page.screenshot({ path: path.join(SHOTS, "admin-partner-upload-errors-desktop.png"), fullPage: true })

    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet("销售")
    sheet.addRow(["reference", "line", "outlet_code", "sold_at", "barcode", "quantity", "amount_fen"])
    sheet.addRow(["R-1", 1, "TM-001", "2026-11-20T10:00:00+08:00", "6920000000005", 2, 3980])
    const xlsx = Buffer.from(await book.xlsx.writeBuffer())
    await upload.setInputFiles({ name: "sales.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx })
    await expect(page.getByTestId("upload-done").innerText()).resolves.toContain("待匹配 1")

    const queue = page.waitForResponse((r) => r.url().includes("/admin/partner-codes"))
    await page.goto(`${url}/app/partners/review`)
    const answer = await queue
    expect([answer.status(), await answer.text()]).toEqual([200, expect.stringContaining("6920000000005")])
    const code = page.getByTestId("code-row").filter({ hasText: "6920000000005" })
    await code.waitFor()
    await page.screenshot({ path: path.join(SHOTS, "admin-partner-review-desktop.png"), fullPage: true })
    await code.getByRole("button", { name: "非帮扶商品 Not assistance" }).click()
    await page.getByRole("button", { name: "确认 Confirm" }).click()
    await code.waitFor({ state: "detached" })
    await page.getByRole("tab", { name: "非帮扶商品 Not assistance" }).click()
    await page.getByTestId("code-row").filter({ hasText: "6920000000005" }).waitFor()

    await page.goto(`${url}/app/partners`)
    await page.getByRole("cell", { name: "测试超市 · Test Mart" }).waitFor()
    await page.screenshot({ path: path.join(SHOTS, "admin-partners-desktop.png"), fullPage: true })
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", storageState: await page.context().storageState() })
    const small = await phone.newPage()
    await small.goto(`${url}/app/partners`)
    await small.getByRole("cell", { name: "测试超市 · Test Mart" }).waitFor()
    await small.screenshot({ path: path.join(SHOTS, "admin-partners-phone.png"), fullPage: true })
    await small.goto(partnerUrl)
    await small.getByTestId("partner-outlets").getByRole("cell", { name: "TM-001" }).waitFor()
    await small.screenshot({ path: path.join(SHOTS, "admin-partner-phone.png"), fullPage: true })
    await phone.close()
  })
})
