// Server actions (cart, checkout, account) against a stubbed store API.
import { describe, expect, it, vi } from "vitest"
import { stubStoreApi } from "../store-api"

vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }))

const { jar, calls, on } = stubStoreApi()

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
const redirected = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    const m = /NEXT_REDIRECT (\S+)/.exec(String((e as Error).message))
    if (m) return m[1]
    throw e
  }
  return null
}

const ADDRESS = { locale: "zh", email: "a@b.cn", name: "张三", mobile: "13800138000", province: "上海市", city: "上海市", district: "浦东新区", street: "世纪大道 100 号" }

describe("addToCart", () => {
  it("creates a cart in the China region and the shopper's language on first use, adds the line and remembers both in cookies", async () => {
    on("GET", "/store/regions", { regions: [{ id: "reg_cn", currency_code: "cny", countries: [{ iso_2: "cn" }] }] })
    on("POST", "/store/carts", { cart: { id: "cart_new", items: [] } })
    on("POST", "/store/carts/cart_new/line-items", { cart: { id: "cart_new", items: [{ quantity: 2 }] } })
    const { addToCart } = await import("@/lib/actions/cart")
    expect(await addToCart(null, form({ variant_id: "var_1", quantity: "2", locale: "en" }))).toEqual({ ok: true, count: 2 })
    expect(calls.find((c) => c.path === "/store/carts" && c.method === "POST")?.body).toEqual({ region_id: "reg_cn", locale: "en-US" })
    expect(calls.find((c) => c.path.endsWith("/line-items"))?.body).toEqual({ variant_id: "var_1", quantity: 2 })
    expect(jar.get("_oc_cart_id")).toBe("cart_new")
    expect(jar.get("oc_cart_n")).toBe("2")
  })

  it("tells the shopper when there is not enough stock", async () => {
    jar.set("_oc_cart_id", "cart_1")
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", items: [] } })
    on("POST", "/store/carts/cart_1/line-items", { type: "not_allowed", message: "Variant var_1 does not have the required inventory" }, 400)
    const { addToCart } = await import("@/lib/actions/cart")
    expect(await addToCart(null, form({ variant_id: "var_1", quantity: "500" }))).toEqual({ error: "outOfStock" })
    expect(calls.find((c) => c.path.endsWith("/line-items"))?.body).toEqual({ variant_id: "var_1", quantity: 99 })
  })
})

describe("checkout", () => {
  it("returns field errors (and the typed values) without calling the API", async () => {
    jar.set("_oc_cart_id", "cart_1")
    const { saveCheckoutAddress } = await import("@/lib/actions/cart")
    const state = await saveCheckoutAddress(null, form({ ...ADDRESS, mobile: "12345", district: "", email: "nope" }))
    expect(state?.errors).toEqual({ mobile: "mobile", district: "required", email: "email" })
    expect(state?.values?.street).toBe("世纪大道 100 号")
    expect(calls).toHaveLength(0)
  })

  it("saves the address in Medusa's fields and moves on to delivery", async () => {
    jar.set("_oc_cart_id", "cart_1")
    on("POST", "/store/carts/cart_1", { cart: { id: "cart_1" } })
    const { saveCheckoutAddress } = await import("@/lib/actions/cart")
    expect(await redirected(saveCheckoutAddress(null, form(ADDRESS)))).toBe("/zh/checkout?step=delivery")
    const body = calls[0]!.body as { email: string; shipping_address: Record<string, unknown> }
    expect(body.email).toBe("a@b.cn")
    expect(body.shipping_address).toMatchObject({ first_name: "张三", phone: "13800138000", province: "上海市", city: "上海市", address_2: "浦东新区", address_1: "世纪大道 100 号", country_code: "cn" })
  })

  it("places the order with the system payment provider and forgets the cart", async () => {
    jar.set("_oc_cart_id", "cart_1")
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", region_id: "reg_cn", items: [{ quantity: 1 }], payment_collection: null } })
    on("POST", "/store/payment-collections", { payment_collection: { id: "paycol_1" } })
    on("POST", "/store/payment-collections/paycol_1/payment-sessions", { payment_collection: { id: "paycol_1" } })
    on("POST", "/store/carts/cart_1/complete", { type: "order", order: { id: "order_1" } })
    const { placeOrder } = await import("@/lib/actions/cart")
    expect(await redirected(placeOrder(null, form({ locale: "en", provider_id: "pp_demo_demo" })))).toBe("/en/order/order_1/confirmed")
    expect(calls.find((c) => c.path.endsWith("/payment-sessions"))?.body).toEqual({ provider_id: "pp_demo_demo" })
    expect(jar.has("_oc_cart_id")).toBe(false)
    expect(jar.get("oc_cart_n")).toBe("0")
  })

  it("keeps the cart and says so when the payment is not authorised", async () => {
    jar.set("_oc_cart_id", "cart_1")
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", items: [{ quantity: 1 }], payment_collection: { id: "paycol_1", payment_sessions: [{ provider_id: "pp_demo_demo", status: "pending" }] } } })
    on("POST", "/store/carts/cart_1/complete", { type: "cart", cart: { id: "cart_1" }, error: { message: "Payment authorization failed", name: "Error", type: "payment_authorization_error" } })
    const { placeOrder } = await import("@/lib/actions/cart")
    expect(await placeOrder(null, form({ locale: "zh" }))).toEqual({ error: "paymentFailed" })
    expect(jar.get("_oc_cart_id")).toBe("cart_1")
  })
})

describe("account", () => {
  it("login says when the email or password is wrong", async () => {
    on("POST", "/auth/customer/emailpass", { message: "Invalid email or password" }, 401)
    const { login } = await import("@/lib/actions/customer")
    expect(await login(null, form({ locale: "zh", email: "demo@onecounty.cn", password: "wrong" }))).toMatchObject({ error: "invalidCredentials" })
    expect(await login(null, form({ locale: "zh", email: "not-an-email", password: "" }))).toMatchObject({ fieldErrors: { email: "email", password: "required" } })
  })

  it("login keeps the token in an httpOnly cookie, hands the guest cart over and returns to where the shopper was", async () => {
    jar.set("_oc_cart_id", "cart_1")
    on("POST", "/auth/customer/emailpass", { token: "jwt_1" })
    on("POST", "/store/carts/cart_1/customer", { cart: { id: "cart_1" } })
    const { login } = await import("@/lib/actions/customer")
    expect(await redirected(login(null, form({ locale: "zh", email: "Demo@OneCounty.cn", password: "Demo2026!", next: "/zh/checkout" })))).toBe("/zh/checkout")
    expect(jar.get("_oc_jwt")).toBe("jwt_1")
    expect(calls.find((c) => c.path === "/store/carts/cart_1/customer")?.auth).toBe("Bearer jwt_1")
    expect((calls[0]!.body as { email: string }).email).toBe("demo@onecounty.cn")
  })

  it("login never redirects off the shop", async () => {
    on("POST", "/auth/customer/emailpass", { token: "jwt_1" })
    const { login } = await import("@/lib/actions/customer")
    expect(await redirected(login(null, form({ locale: "en", email: "a@b.cn", password: "x", next: "//evil.example/x" })))).toBe("/en/account")
  })

  it("register validates first, then says when the email is taken", async () => {
    const { register } = await import("@/lib/actions/customer")
    expect(await register(null, form({ locale: "zh", email: "a@b.cn", password: "short", first_name: "", phone: "123" }))).toMatchObject({
      fieldErrors: { password: "passwordShort", first_name: "required", phone: "mobile" },
    })
    on("POST", "/auth/customer/emailpass/register", { message: "Identity with email already exists" }, 400)
    expect(await register(null, form({ locale: "zh", email: "a@b.cn", password: "long-enough", first_name: "三" }))).toMatchObject({ error: "emailTaken" })
  })
})
