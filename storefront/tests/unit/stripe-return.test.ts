// Where Stripe sends the shopper back (app/[locale]/checkout/stripe-return/route.ts), against a
// stubbed store API: a failed redirect goes back to payment without completing anything; a cart
// completed twice (Stripe's redirect and a reload racing) shows the one order both times; a
// completion Medusa refuses keeps the cart for another try.
import { describe, expect, it } from "vitest"
import { stubStoreApi } from "../store-api"

const { jar, calls, on, clearRoutes } = stubStoreApi()

const CART = "_oc_cart_id"
const ORDER = { id: "order_1", display_id: 1001 }

const visit = async (query: string, locale = "zh") => {
  const { GET } = await import("@/app/[locale]/checkout/stripe-return/route")
  const { NextRequest } = await import("next/server")
  const res = await GET(new NextRequest(`http://shop.test/${locale}/checkout/stripe-return${query}`), { params: Promise.resolve({ locale }) })
  return { status: res.status, location: res.headers.get("location") }
}
const completions = () => calls.filter((c) => c.method === "POST" && c.path === "/store/carts/cart_1/complete")

describe("GET /[locale]/checkout/stripe-return", () => {
  it("sends a failed payment back to the payment step without completing the cart", async () => {
    jar.set(CART, "cart_1")
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", completed_at: null, items: [] } })
    expect(await visit("?payment_intent=pi_1&redirect_status=failed")).toEqual({
      status: 303,
      location: "http://shop.test/zh/checkout?step=payment&payment=failed",
    })
    expect(completions()).toHaveLength(0)
    expect(jar.get(CART)).toBe("cart_1")
  })

  it("shows the same order when the cart is completed twice, and forgets the cart", async () => {
    jar.set(CART, "cart_1")
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", completed_at: null, items: [] } })
    // Medusa answers a second completion of a cart with the order the first one made
    on("POST", "/store/carts/cart_1/complete", { type: "order", order: ORDER })
    const [first, second] = await Promise.all([
      visit("?payment_intent=pi_1&redirect_status=succeeded", "en"),
      visit("?payment_intent=pi_1&redirect_status=succeeded", "en"),
    ])
    const confirmed = { status: 303, location: "http://shop.test/en/order/order_1/confirmed" }
    expect([first, second]).toEqual([confirmed, confirmed])
    expect(completions()).toHaveLength(2)
    expect(jar.has(CART)).toBe(false)
  })

  it("keeps the cart for another try when Medusa refuses or answers with the cart", async () => {
    jar.set(CART, "cart_1")
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", completed_at: null, items: [] } })
    on("POST", "/store/carts/cart_1/complete", { type: "cart", cart: { id: "cart_1" }, error: { message: "Payment authorization failed" } })
    const failed = { status: 303, location: "http://shop.test/zh/checkout?step=payment&payment=failed" }
    expect(await visit("?payment_intent=pi_1&redirect_status=succeeded")).toEqual(failed)
    expect(jar.get(CART)).toBe("cart_1")

    clearRoutes()
    on("GET", "/store/carts/cart_1", { cart: { id: "cart_1", completed_at: null, items: [] } })
    on("POST", "/store/carts/cart_1/complete", { type: "payment_authorization_error", message: "declined" }, 400)
    expect(await visit("?payment_intent=pi_1")).toEqual(failed)
    expect(completions()).toHaveLength(2)
    expect(jar.get(CART)).toBe("cart_1")
  })

  it("sends a shopper without a cart to the cart page", async () => {
    expect(await visit("?payment_intent=pi_1&redirect_status=succeeded")).toEqual({ status: 303, location: "http://shop.test/zh/cart" })
    expect(calls).toHaveLength(0)
  })
})
