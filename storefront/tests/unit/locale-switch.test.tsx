import { screen } from "@testing-library/dom"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { localePath, switchLocalePath } from "@/i18n/paths"
import { render } from "../render"

const nav = vi.hoisted(() => ({ pathname: "/zh", query: "" }))
vi.mock("next/navigation", () => ({
  usePathname: () => nav.pathname,
  useSearchParams: () => new URLSearchParams(nav.query),
}))

let LocaleSwitch: typeof import("@/modules/layout/LocaleSwitch").LocaleSwitch
beforeAll(async () => {
  ;({ LocaleSwitch } = await import("@/modules/layout/LocaleSwitch"))
})

describe("locale paths", () => {
  it("puts the locale before a shop path", () => {
    expect(localePath("zh", "/")).toBe("/zh")
    expect(localePath("en", "/products/530828-coffee")).toBe("/en/products/530828-coffee")
    expect(localePath("zh", "#main")).toBe("#main")
  })

  it("swaps the locale of a page's path", () => {
    expect(switchLocalePath("/zh", "en")).toBe("/en")
    expect(switchLocalePath("/en/counties/530828", "zh")).toBe("/zh/counties/530828")
  })
})

describe("LocaleSwitch", () => {
  it("links to the same page in the other language, query included, with no translation provider", () => {
    nav.pathname = "/zh/products"
    nav.query = "q=咖啡&sort=newest"
    render(<LocaleSwitch locale="zh" text="English" label="切换到英文" />)
    const link = screen.getByTestId("locale-switch")
    expect(link.getAttribute("href")).toBe("/en/products?q=%E5%92%96%E5%95%A1&sort=newest")
    expect(link.getAttribute("hrefLang")).toBe("en")
    expect(link.textContent).toBe("English · 切换到英文")
  })

  it("goes back to Chinese from an English page", () => {
    nav.pathname = "/en/counties/530828"
    nav.query = ""
    render(<LocaleSwitch locale="en" text="中文" label="Switch to Chinese" />)
    expect(screen.getByTestId("locale-switch").getAttribute("href")).toBe("/zh/counties/530828")
  })
})
