// The 柜台 Counters page as operators get it: the admin built by `medusa build --admin-only`, served by
// a production `medusa start` of its own (infra/test-stack, admin enabled), driven in Chromium.
import { cpSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { BACKEND_DIR, bin, chromiumPath, openPage, postgresReachable, Processes, skipForMissing, startBackend } from "../../../infra/test-stack"

// `medusa start` serves the admin from <root>/public/admin; the build lands in .medusa/admin.
const BUILT_ADMIN = path.join(BACKEND_DIR, ".medusa/admin")
const SERVED_ADMIN = path.join(BACKEND_DIR, "public/admin")

let skip: string | null = null
beforeAll(async () => {
  skip = skipForMissing("admin counters page", !chromiumPath() ? "no chromium" : !(await postgresReachable()) ? "no PostgreSQL" : null)
})

describe("柜台 Counters admin page", () => {
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
})
