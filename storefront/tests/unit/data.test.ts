// Data functions against a stubbed fetch: what they ask the Medusa store API, and what they make of it.
import { describe, expect, it, vi } from "vitest"
import { product } from "../fixtures"
import { stubStoreApi } from "../store-api"

const { jar, calls, route, clearRoutes, header } = stubStoreApi()

const REGION = { id: "reg_cn", name: "中国 China", currency_code: "cny", countries: [{ iso_2: "cn" }] }
/** The origins route with nothing to add: the fixtures' products carry their origin already. */
const noOrigins = () => route("/store/origins/products", { products: [] })

describe("catalogue reads", () => {
  it("getRegion picks the mainland China region through a cached, tagged read with the publishable key", async () => {
    route("/store/regions", { regions: [{ id: "reg_eu", currency_code: "eur", countries: [{ iso_2: "de" }] }, REGION] })
    const { getRegion } = await import("@/lib/data/regions")
    expect((await getRegion()).id).toBe("reg_cn")
    expect(calls[0]!.url.origin).toBe("http://medusa.test")
    expect(header(calls[0]!, "x-publishable-api-key")).toBe("pk_test")
    expect(calls[0]!.init.cache).toBe("force-cache")
    expect(calls[0]!.init.next?.tags).toEqual(["catalog", "regions"])
    expect(calls[0]!.init.next?.revalidate).toBe(60)
    expect(calls[0]!.url.searchParams.get("locale")).toBe("zh-CN")
  })

  it("asks the catalogue in the page's locale, each language its own cached read", async () => {
    const { getLocale } = await import("next-intl/server")
    vi.mocked(getLocale).mockResolvedValueOnce("en")
    route("/store/product-categories", { product_categories: [{ id: "pcat_1", name: "Coffee", handle: "coffee" }] })
    const { listCategories } = await import("@/lib/data/categories")
    expect((await listCategories()).map((c) => c.name)).toEqual(["Coffee"])
    expect(calls[0]!.url.searchParams.get("locale")).toBe("en-US")
  })

  it("getRegion says what to do when there is no region", async () => {
    route("/store/regions", { regions: [] })
    const { getRegion } = await import("@/lib/data/regions")
    await expect(getRegion()).rejects.toThrow(/seed/)
  })

  it("getCounty returns null for a malformed code without asking, and for an unknown one", async () => {
    route("/store/origins/counties/530828", { county: { code: "530828", name_zh: "澜沧拉祜族自治县" } })
    const { getCounty } = await import("@/lib/data/origins")
    expect(await getCounty("../admin")).toBeNull()
    expect(calls).toHaveLength(0)
    expect((await getCounty("530828"))?.name_zh).toBe("澜沧拉祜族自治县")
    expect(await getCounty("999999")).toBeNull()
  })

  it("getProductByHandle asks for prices in the region, then the product's origin panel from the origins route", async () => {
    route("/store/regions", { regions: [REGION] })
    route("/store/products", { products: [product({ id: "p1" })], count: 1 })
    route("/store/origins/products", { products: [{ id: "p1", supplier: { name: "澜沧咖啡合作社", type: "cooperative" } }] })
    const { getProductByHandle } = await import("@/lib/data/products")
    const p = await getProductByHandle("530828-coffee")
    expect(p?.id).toBe("p1")
    expect(p?.supplier?.name).toBe("澜沧咖啡合作社")
    const q = calls.find((c) => c.url.pathname === "/store/products")!.url.searchParams
    expect(q.get("handle")).toBe("530828-coffee")
    expect(q.get("region_id")).toBe("reg_cn")
    expect(q.get("fields")!.split(",")).toEqual(expect.arrayContaining(["*variants.calculated_price", "+variants.inventory_quantity"]))
    const o = calls.find((c) => c.url.pathname === "/store/origins/products")!
    expect(o.url.searchParams.get("ids")).toBe("p1")
    expect(o.init.next?.tags).toEqual(["catalog", "products"])
    const originFields = o.url.searchParams.get("fields")!.split(",")
    for (const f of ["county.pairings.district_zh", "supplier.type", "certification.number", "certification.expires_at"]) expect(originFields).toContain(f)
  })

  it("getProductByHandle asks nothing more for an unknown handle", async () => {
    route("/store/regions", { regions: [REGION] })
    route("/store/products", { products: [], count: 0 })
    const { getProductByHandle } = await import("@/lib/data/products")
    expect(await getProductByHandle("nothing")).toBeNull()
    expect(calls.some((c) => c.url.pathname === "/store/origins/products")).toBe(false)
  })

  it("listAllProducts reads every page of a search", async () => {
    route("/store/regions", { regions: [REGION] })
    noOrigins()
    route("/store/products", (url: URL) => {
      const offset = Number(url.searchParams.get("offset"))
      const n = offset === 0 ? 100 : 30
      return { products: Array.from({ length: n }, (_, i) => product({ id: `p${offset + i}` })), count: 130 }
    })
    const { listAllProducts } = await import("@/lib/data/products")
    const all = await listAllProducts("咖啡")
    expect(all).toHaveLength(130)
    const pages = calls.filter((c) => c.url.pathname === "/store/products")
    expect(pages.map((c) => c.url.searchParams.get("offset"))).toEqual(["0", "100"])
    expect(pages[0]!.url.searchParams.get("q")).toBe("咖啡")
  })

  it("searchProducts asks the Search Module index and renders its hits with the store product route", async () => {
    route("/store/regions", { regions: [REGION] })
    noOrigins()
    route("/store/search/products", {
      hits: [{ id: "b" }, { id: "a" }],
      facets: { province: [{ value: "53", count: 2 }], county: [{ value: "530828", count: 2 }], category: [{ value: "coffee", count: 2 }] },
      count: 30,
      query: { q: "kafie", terms: "kafei", corrected: true },
    })
    route("/store/products", { products: [product({ id: "a" }), product({ id: "b" })], count: 2 })
    const { searchProducts } = await import("@/lib/data/search")
    const r = await searchProducts({ q: "kafie", province: "53", certified: true, min: 10, max: 99.5, sort: "price_desc", page: 2 })
    expect(r.engine).toBe("search")
    expect(r.products.map((p) => p.id)).toEqual(["b", "a"])
    expect(r).toMatchObject({ count: 30, page: 2, pageCount: 2, correctedTo: "kafei" })
    expect(r.facets.county).toEqual([{ value: "530828", count: 2 }])
    const q = calls.find((c) => c.url.pathname === "/store/search/products")!.url.searchParams
    expect(Object.fromEntries(q)).toEqual({ q: "kafie", province: "53", certified: "true", price_min: "1000", price_max: "9950", sort: "-price", limit: "24", offset: "24", locale: "zh-CN" })
  })

  it("searchProducts falls back to Medusa's q when the index cannot answer", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {})
    route("/store/regions", { regions: [REGION] })
    noOrigins()
    route("/store/search/products", { message: "boom" }, 500)
    route("/store/products", { products: [product({ id: "a", price: 68 })], count: 1 })
    const { searchProducts } = await import("@/lib/data/search")
    const r = await searchProducts({ q: "咖啡", sort: "featured", page: 1 })
    expect(r.engine).toBe("fallback")
    expect(r.products.map((p) => p.id)).toEqual(["a"])
    expect(calls.find((c) => c.url.pathname === "/store/products")!.url.searchParams.get("q")).toBe("咖啡")
  })

  it("searchProducts filters and facets what Medusa's q matched (newest: not an index sort)", async () => {
    route("/store/regions", { regions: [REGION] })
    noOrigins()
    route("/store/products", { products: [product({ id: "a", province: "53", price: 68 }), product({ id: "b", province: "65", price: 30 })], count: 2 })
    const { searchProducts } = await import("@/lib/data/search")
    const r = await searchProducts({ q: "咖啡", province: "53", sort: "newest", page: 1 })
    expect(calls.some((c) => c.url.pathname === "/store/search/products")).toBe(false)
    expect(r.products.map((p) => p.id)).toEqual(["a"])
    expect(r.facets.province).toEqual([
      { value: "53", count: 1 },
      { value: "65", count: 1 },
    ])
  })

  it("listProductsByIds keeps the order it was asked for and joins each product's origin", async () => {
    route("/store/regions", { regions: [REGION] })
    route("/store/products", { products: [product({ id: "b" }), product({ id: "a" })], count: 2 })
    route("/store/origins/products", { products: [{ id: "a", county: { code: "653125", name_zh: "莎车县", name_en: "Shache" } }] })
    const { listProductsByIds } = await import("@/lib/data/products")
    const listed = await listProductsByIds(["a", "b"])
    expect(listed.map((p) => p.id)).toEqual(["a", "b"])
    expect(listed[0]!.county?.code).toBe("653125")
    expect(calls.find((c) => c.url.pathname === "/store/origins/products")!.url.searchParams.get("ids")).toBe("a,b")
    expect(await listProductsByIds([])).toEqual([])
  })

  it("pickFeatured takes one product per county, alternating provinces", async () => {
    const { pickFeatured } = await import("@/lib/data/products")
    const ps = [
      product({ id: "a", province: "53", county: "530828" }),
      product({ id: "b", province: "53", county: "530828" }),
      product({ id: "c", province: "53", county: "530521" }),
      product({ id: "d", province: "65", county: "653125" }),
    ]
    expect(pickFeatured(ps, 3).map((p) => p.id)).toEqual(["a", "d", "c"])
  })

  it("listLatestProducts reads one page, newest first", async () => {
    route("/store/regions", { regions: [REGION] })
    noOrigins()
    route("/store/products", { products: [product({ id: "a" })], count: 500 })
    const { listLatestProducts } = await import("@/lib/data/products")
    expect(await listLatestProducts(48)).toHaveLength(1)
    const q = calls.filter((c) => c.url.pathname === "/store/products")
    expect(q).toHaveLength(1)
    expect(q[0]!.url.searchParams.get("limit")).toBe("48")
    expect(q[0]!.url.searchParams.get("order")).toBe("-created_at")
  })

  it("getPublicStats reads the backend's counter through a cached read, and is null when it cannot", async () => {
    const stats = { year: 2026, amount_fen: 130_000_000_00, county_count: 71, currency_code: "cny" }
    route("/store/stats/consumption", { stats })
    const { getPublicStats } = await import("@/lib/data/stats")
    expect(await getPublicStats()).toEqual(stats)
    expect(calls[0]!.init.cache).toBe("force-cache")
    expect(calls[0]!.init.next?.tags).toEqual(["catalog", "stats"])
    clearRoutes()
    route("/store/stats/consumption", { message: "boom" }, 500)
    expect(await getPublicStats()).toBeNull()
    clearRoutes()
    route("/store/stats/consumption", { stats: { ...stats, amount_fen: 1.5 } })
    expect(await getPublicStats()).toBeNull()
  })
})

describe("shopper reads", () => {
  it("retrieveCart is null without a cart cookie, for a completed cart and for a deleted one", async () => {
    const { retrieveCart } = await import("@/lib/data/cart")
    expect(await retrieveCart()).toBeNull()
    expect(calls).toHaveLength(0)
    jar.set("_oc_cart_id", "cart_1")
    jar.set("_oc_jwt", "tok")
    route("/store/carts/cart_1", { cart: { id: "cart_1", items: [], completed_at: null } })
    expect((await retrieveCart())?.id).toBe("cart_1")
    expect(calls[0]!.init.cache).toBe("no-store")
    expect(header(calls[0]!, "authorization")).toBe("Bearer tok")
    clearRoutes()
    route("/store/carts/cart_1", { cart: { id: "cart_1", completed_at: "2026-01-01" } })
    expect(await retrieveCart()).toBeNull()
    clearRoutes()
    expect(await retrieveCart()).toBeNull() // 404
  })

  it("nextCheckoutStep follows what the cart has", async () => {
    const { nextCheckoutStep, itemCount } = await import("@/lib/data/cart")
    expect(nextCheckoutStep({ email: null } as never)).toBe("address")
    expect(nextCheckoutStep({ email: "a@b.cn", shipping_address: { address_1: "路", phone: "138" }, shipping_methods: [] } as never)).toBe("delivery")
    expect(nextCheckoutStep({ email: "a@b.cn", shipping_address: { address_1: "路", phone: "138" }, shipping_methods: [{}] } as never)).toBe("payment")
    expect(itemCount({ items: [{ quantity: 2 }, { quantity: 3 }] } as never)).toBe(5)
  })

  it("retrieveCustomer is null when logged out or when the token expired", async () => {
    const { retrieveCustomer } = await import("@/lib/data/customer")
    expect(await retrieveCustomer()).toBeNull()
    jar.set("_oc_jwt", "expired")
    route("/store/customers/me", { message: "Unauthorized" }, 401)
    expect(await retrieveCustomer()).toBeNull()
  })

  it("getMyImpact sums this year's order lines by the products' counties", async () => {
    jar.set("_oc_jwt", "tok")
    route("/store/regions", { regions: [REGION] })
    route("/store/orders", {
      orders: [
        { id: "o2", created_at: new Date().toISOString(), status: "pending", items: [{ product_id: "a", total: 136, quantity: 2 }] },
        { id: "o1", created_at: "2001-01-01T00:00:00Z", status: "completed", items: [{ product_id: "a", total: 999, quantity: 1 }] },
      ],
      count: 2,
    })
    route("/store/products", { products: [product({ id: "a" })], count: 1 })
    // the county comes from the origins route (the fixture's own is 530828)
    route("/store/origins/products", { products: [{ id: "a", county: { code: "653125", name_zh: "莎车县", name_en: "Shache" } }] })
    const { getMyImpact } = await import("@/lib/data/impact")
    const impact = await getMyImpact()
    expect(impact.total).toBe(136)
    expect(impact.counties.map((c) => [c.county.code, c.amount])).toEqual([["653125", 136]])
    const orders = calls.find((c) => c.url.pathname === "/store/orders")!
    expect(header(orders, "authorization")).toBe("Bearer tok")
    expect(orders.url.searchParams.get("order")).toBe("-created_at")
  })
})
