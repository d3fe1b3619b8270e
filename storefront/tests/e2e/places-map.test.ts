// The map of origins on 按产地逛, in Debian's chromium at desktop and phone sizes: one point per
// paired county the store lists (as many as the region view's tiles), its source caption, and a
// click on a point opening that county's page. Screenshots go to test-results/screenshots/.
import { mkdirSync } from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, describe, expect, inject, it } from "vitest"
import { openPage, RESULTS_DIR } from "./stack"

const SHOTS = path.join(RESULTS_DIR, "screenshots")
const stack = inject("e2e")

/** The county drawn farthest from every other, so that a click on it cannot land on a neighbour. */
function loneliest(pixels: Record<string, [number, number]>): [string, [number, number]] {
  const all = Object.entries(pixels)
  const gap = ([code, [x, y]]: [string, [number, number]]) => Math.min(...all.filter(([c]) => c !== code).map(([, [u, v]]) => Math.hypot(x - u, y - v)))
  return all.reduce((best, p) => (gap(p) > gap(best) ? p : best))
}

describe.skipIf(!!stack.skip)("the map of origins", () => {
  const browsers: Browser[] = []
  afterAll(async () => {
    for (const b of browsers) await b.close().catch(() => {})
  })

  async function open(viewport: { width: number; height: number }, mobile: boolean): Promise<Page> {
    const { browser, page } = await openPage({ viewport, deviceScaleFactor: 1, locale: "zh-CN", isMobile: mobile, hasTouch: mobile })
    browsers.push(browser)
    await page.goto(`${stack.storefrontUrl}/zh/places`)
    await page.getByTestId("origins-map").locator("canvas").first().waitFor()
    await expect.poll(() => page.getByTestId("origins-map").getAttribute("data-points"), { timeout: 30_000 }).not.toBeNull()
    return page
  }

  for (const [name, viewport, mobile] of [
    ["desktop", { width: 1280, height: 900 }, false],
    ["phone", { width: 390, height: 844 }, true],
  ] as const) {
    it(`draws one point per paired county the region view lists, and a point opens its county (${name})`, async () => {
      const page = await open(viewport, mobile)
      const tiles = await page.getByTestId("region-map").locator("a[data-county]").count()
      expect(tiles).toBe(71)
      await expect(page.getByTestId("origins-map").getAttribute("data-points")).resolves.toBe(String(tiles))
      await expect(page.getByTestId("map-source").textContent()).resolves.toContain("示意图")
      const map = page.getByTestId("origins-map-card")
      await map.scrollIntoViewIfNeeded()
      mkdirSync(SHOTS, { recursive: true })
      await map.screenshot({ path: path.join(SHOTS, `places-map-${name}.png`) })

      const pixels = JSON.parse((await page.getByTestId("origins-map").getAttribute("data-point-pixels"))!) as Record<string, [number, number]>
      expect(Object.keys(pixels)).toHaveLength(tiles)
      const [code, [x, y]] = loneliest(pixels)
      const box = (await page.getByTestId("origins-map").boundingBox())!
      await page.mouse.click(box.x + x, box.y + y)
      await page.waitForURL(new RegExp(`/zh/counties/${code}$`))
      await page.getByTestId("county-title").waitFor()
    })
  }
})
