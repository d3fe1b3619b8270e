import { fireEvent, screen, within } from "@testing-library/dom"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { product, TREE } from "../fixtures"
import { mockIntlServer, mockNavigation, renderIntl } from "../helpers"
import { act, render } from "../render"

mockNavigation()
mockIntlServer()
const addToCart = vi.fn()
vi.doMock("@/lib/actions/cart", () => ({ addToCart }))

let ProductCard: typeof import("@/modules/products/ProductCard").ProductCard
let OriginPanel: typeof import("@/modules/products/OriginPanel").OriginPanel
let RegionMap: typeof import("@/modules/places/RegionMap").RegionMap
let AddToCart: typeof import("@/modules/products/AddToCart").AddToCart
let addToCartText: typeof import("@/modules/products/add-to-cart-text").addToCartText
let AddressFields: typeof import("@/modules/checkout/AddressFields").AddressFields
let ProductImage: typeof import("@/modules/products/ProductImage").ProductImage
beforeAll(async () => {
  ;({ ProductCard } = await import("@/modules/products/ProductCard"))
  ;({ OriginPanel } = await import("@/modules/products/OriginPanel"))
  ;({ RegionMap } = await import("@/modules/places/RegionMap"))
  ;({ AddToCart } = await import("@/modules/products/AddToCart"))
  ;({ addToCartText } = await import("@/modules/products/add-to-cart-text"))
  ;({ AddressFields } = await import("@/modules/checkout/AddressFields"))
  ;({ ProductImage } = await import("@/modules/products/ProductImage"))
})

const labels = { from: (p: string) => `${p} 起`, certified: "有认证" }

describe("ProductCard", () => {
  it("shows the title, the origin, the lowest price and the certification badge", () => {
    const p = product({ id: "p1", title: "澜沧普洱咖啡", handle: "530828-coffee", prices: [128, 68] })
    render(<ul><ProductCard product={p} locale="zh" labels={labels} /></ul>)
    const card = screen.getByTestId("product-card")
    expect(card.querySelector("h3")?.textContent).toBe("澜沧普洱咖啡")
    expect(card.textContent).toContain("省53 · 县530828")
    expect(card.textContent).toContain("¥68.00 起")
    expect(card.textContent).toContain("有认证")
    expect(card.querySelector("a")?.getAttribute("href")).toBe("/zh/products/530828-coffee")
  })

  it("shows the title the catalogue answered in English and no badge for an expired certificate", () => {
    const p = product({ id: "p2", title: "Shidian arabica", price: 68, certified: "expired" })
    render(<ul><ProductCard product={p} locale="en" labels={{ from: (x) => `from ${x}`, certified: "Certified" }} /></ul>)
    const card = screen.getByTestId("product-card")
    expect(card.querySelector("h3")?.textContent).toBe("Shidian arabica")
    expect(card.textContent).toContain("¥68.00")
    expect(card.textContent).not.toContain("from")
    expect(card.textContent).not.toContain("Certified")
  })
})

describe("ProductImage", () => {
  it("draws a placeholder with the first character when there is no picture", () => {
    render(<ProductImage src={null} alt="澜沧普洱咖啡" seed="530828" />)
    const img = screen.getByRole("img", { name: "澜沧普洱咖啡" })
    expect(img.textContent).toBe("澜")
  })
  it("serves the picture through the image optimiser at the widths `sizes` asks for, eager when it is the first", () => {
    render(<ProductImage src="http://localhost:9000/uploads/1-a.jpg" alt="咖啡" seed="x" sizes="50vw" priority />)
    const img = screen.getByRole("img", { name: "咖啡" }) as HTMLImageElement
    expect(img.tagName).toBe("IMG")
    expect(img.getAttribute("loading")).toBe("eager")
    expect(img.getAttribute("sizes")).toBe("50vw")
    expect(img.getAttribute("src")).toMatch(/^\/_next\/image\?url=http%3A%2F%2Flocalhost%3A9000%2Fuploads%2F1-a\.jpg&w=\d+&q=75$/)
    expect(img.getAttribute("srcset")).toContain("w=640")
  })
  it("loads the other pictures lazily", () => {
    render(<ProductImage src="https://files.example.cn/photo.jpg" alt="茶" seed="x" />)
    expect(screen.getByRole("img", { name: "茶" }).getAttribute("loading")).toBe("lazy")
  })
})

describe("OriginPanel", () => {
  it("lists county, partner district, supplier and certification with its validity", async () => {
    const p = product({ id: "p1" })
    const ui = await OriginPanel({ product: p, locale: "zh", now: new Date("2026-06-01T00:00:00Z") })
    render(ui)
    const panel = screen.getByTestId("origin-panel")
    expect(within(panel).getByTestId("origin-county").textContent).toContain("县530828")
    expect(within(panel).getByTestId("origin-county").querySelector("a")?.getAttribute("href")).toBe("/zh/counties/530828")
    expect(within(panel).getByTestId("origin-partner").textContent).toContain("黄浦区")
    expect(within(panel).getByTestId("origin-supplier").textContent).toContain("澜沧合作社")
    expect(within(panel).getByTestId("origin-certification").textContent).toContain("XFBF-2022-530828-001")
    expect(within(panel).getByTestId("origin-validity").textContent).toMatch(/2022.*2027.*有效/)
  })

  it("says when a certificate has expired, and when there is none (in English)", async () => {
    render(await OriginPanel({ product: product({ id: "p1", certified: "expired" }), locale: "en", now: new Date("2026-06-01T00:00:00Z") }))
    expect(screen.getByTestId("origin-validity").textContent).toContain("expired")
    render(await OriginPanel({ product: product({ id: "p2", certified: "none" }), locale: "en" }))
    expect(screen.getAllByTestId("origin-certification")[1]!.textContent).toContain("Not certified")
  })
})

describe("RegionMap", () => {
  it("draws every county as a link to its page, with links to each province's own map", async () => {
    render(await RegionMap({ provinces: TREE.provinces, locale: "zh" }))
    const map = screen.getByTestId("region-map")
    expect(map.querySelectorAll("a[data-county]")).toHaveLength(5)
    expect(map.querySelector('a[data-county="530828"]')?.getAttribute("href")).toBe("/zh/counties/530828")
    expect(within(map).getByRole("link", { name: "新疆维吾尔自治区" }).getAttribute("href")).toBe("/zh/places/65")
  })

  it("shows one province alone", async () => {
    render(await RegionMap({ provinces: TREE.provinces, locale: "en", only: "65" }))
    const map = screen.getByTestId("region-map")
    expect([...map.querySelectorAll("a[data-county]")].map((a) => a.getAttribute("data-county")).sort()).toEqual(["653125", "653126"])
    expect(map.querySelector('a[data-county="653125"]')?.getAttribute("aria-label")).toBe("Shache · Xinjiang · 1 product")
  })

  it("shows a county's details on hover or keyboard focus", async () => {
    render(await RegionMap({ provinces: TREE.provinces, locale: "zh" }))
    const tile = screen.getByTestId("region-map").querySelector('a[data-county="530828"]')!
    act(() => fireEvent.focusIn(tile))
    const detail = screen.getByTestId("region-detail")
    expect(detail.textContent).toContain("澜沧拉祜族自治县")
    expect(detail.textContent).toContain("普洱咖啡 · 2 件商品")
    expect(detail.querySelector("a")?.getAttribute("href")).toBe("/zh/counties/530828")
    act(() => fireEvent.mouseOver(screen.getByTestId("region-map").querySelector('a[data-county="653125"]')!))
    expect(detail.textContent).toContain("莎车县")
  })
})

describe("AddToCart", () => {
  const variants = [
    { id: "v1", title: "454g", price: "¥68.00", stock: "in_stock" as const, quantity: 200 },
    { id: "v2", title: "454g×2", price: "¥128.00", stock: "out" as const, quantity: 0 },
  ]

  // Its words come from the server as props: rendered with no translation provider, as on the page.
  it("offers the variants and disables adding one that is out of stock", async () => {
    render(<AddToCart variants={variants} locale="zh" text={await addToCartText("zh")} />)
    const button = screen.getByTestId("add-to-cart") as HTMLButtonElement
    expect(button.disabled).toBe(false)
    const radio = (v: string) => document.querySelector(`input[type=radio][value="${v}"]`) as HTMLInputElement
    expect(radio("v1").checked).toBe(true)
    act(() => fireEvent.click(radio("v2")))
    expect(button.disabled).toBe(true)
    expect(button.textContent).toBe("暂时缺货")
  })

  it("shows the action's error in words a shopper can act on", async () => {
    addToCart.mockResolvedValueOnce({ error: "outOfStock" })
    render(<AddToCart variants={variants} locale="zh" text={await addToCartText("zh")} />)
    const form = screen.getByTestId("add-to-cart-form") as HTMLFormElement
    await act(async () => {
      form.requestSubmit()
    })
    expect(addToCart).toHaveBeenCalledTimes(1)
    const data = addToCart.mock.calls[0]![1] as FormData
    expect(data.get("variant_id")).toBe("v1")
    expect(data.get("quantity")).toBe("1")
    expect(screen.getByTestId("cart-error").textContent).toContain("库存不足")
  })

  it("confirms and announces the new cart size", async () => {
    addToCart.mockResolvedValueOnce({ ok: true, count: 3 })
    const heard: number[] = []
    window.addEventListener("oc:cart", (e) => heard.push((e as CustomEvent<number>).detail))
    render(<AddToCart variants={variants} locale="en" text={await addToCartText("en")} />)
    await act(async () => {
      ;(screen.getByTestId("add-to-cart-form") as HTMLFormElement).requestSubmit()
    })
    expect(screen.getByTestId("added").textContent).toContain("Added to cart")
    expect(screen.getByTestId("added").querySelector("a")?.getAttribute("href")).toBe("/en/cart")
    expect(heard).toContain(3)
  })

  it("says how many are left when the stock is low", async () => {
    render(<AddToCart variants={[{ ...variants[0]!, stock: "low", quantity: 3 }]} locale="zh" text={await addToCartText("zh")} />)
    expect(screen.getByTestId("stock-state").textContent).toBe("仅剩 3 件")
  })
})

describe("AddressFields", () => {
  it("lays out a Chinese address and marks the fields to fix", () => {
    renderIntl(<AddressFields values={{ name: "张三", mobile: "12345" }} errors={{ mobile: "mobile", district: "required" }} />)
    const labels = [...document.querySelectorAll("label")].map((l) => l.textContent)
    expect(labels.slice(0, 5)).toEqual(["收货人", "手机号", "省 / 直辖市", "市", "区 / 县"])
    const mobile = document.getElementById("mobile") as HTMLInputElement
    expect(mobile.value).toBe("12345")
    expect(mobile.getAttribute("aria-invalid")).toBe("true")
    expect(mobile.getAttribute("aria-describedby")).toBe("mobile-error")
    expect(screen.getByTestId("error-mobile").textContent).toContain("11 位")
    expect(screen.getByTestId("error-district").textContent).toBe("请填写区 / 县")
    expect(document.getElementById("name")?.getAttribute("aria-invalid")).toBeNull()
  })
})

describe("ListView", () => {
  it("links filters, chips and pages under the shopper's locale, once", async () => {
    const { ListView } = await import("@/modules/products/ListView")
    const { applyListParams } = await import("@/lib/util/filters")
    const products = Array.from({ length: 30 }, (_, i) => product({ id: `p${i}`, province: i % 2 ? "53" : "65" }))
    const params = { q: "咖啡", province: "53", sort: "featured" as const, page: 1 }
    const ui = await ListView({
      locale: "zh",
      basePath: "/products",
      title: "结果",
      params,
      result: applyListParams(products, params, new Date("2026-06-01"), 10),
      categories: [{ id: "c1", handle: "coffee", name: "咖啡", metadata: { name_en: "Coffee" } } as never],
      places: { provinces: TREE.provinces, counties: [] },
    })
    const { container } = render(ui)
    expect(container.querySelector("form")?.getAttribute("action")).toBe("/zh/products")
    const hrefs = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"))
    expect(hrefs).toContain("/zh/products?q=%E5%92%96%E5%95%A1&province=53&page=2")
    expect(hrefs).toContain("/zh/products?province=53") // remove the search chip
    expect(hrefs).toContain("/zh/products?q=%E5%92%96%E5%95%A1") // remove the province chip
    expect(hrefs.every((h) => !h?.startsWith("/zh/zh"))).toBe(true)
    expect(screen.getByTestId("result-count").textContent).toBe("共 15 件商品")
    expect((container.querySelector("#f-province") as HTMLSelectElement).value).toBe("53")
  })
})
