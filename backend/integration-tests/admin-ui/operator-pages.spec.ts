// The operators' pages (柜台 Counters, 认证 Certifications, 供应商 Suppliers, 产地 Origins) as operators get them: the admin built by `medusa build --admin-only`, served by
// a production `medusa start` of its own (infra/test-stack, admin enabled), driven in Chromium.
import { cpSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
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
    await procs.run("admin-build", bin(BACKEND_DIR, "medusa"), ["build", "--admin-only"], { cwd: BACKEND_DIR, env: process.env, timeoutMs: 300_000 })
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
  }, 900_000)

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
})
