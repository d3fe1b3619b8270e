import { screen } from "@testing-library/dom"
import { beforeAll, describe, expect, it } from "vitest"
import { messages } from "../helpers"
import { act, render } from "../render"

let mod: typeof import("@/modules/layout/CartBadge")
beforeAll(async () => {
  mod = await import("@/modules/layout/CartBadge")
})

describe("CartBadge", () => {
  it("reads the count from the oc_cart_n cookie", () => {
    expect(mod.readCartCount("a=1; oc_cart_n=3; b=2")).toBe(3)
    expect(mod.readCartCount("x_oc_cart_n=9")).toBe(0)
    expect(mod.readCartCount("")).toBe(0)
  })

  it("shows the cookie's count and follows announcements, with no translation provider", () => {
    document.cookie = "oc_cart_n=2; path=/"
    render(<mod.CartBadge locale="zh" label={messages.zh.nav.cartCount} />)
    expect(screen.getByTestId("cart-count").textContent).toBe("2")
    expect(screen.getByTestId("cart-link").getAttribute("aria-label")).toBe("购物车，2 件")
    expect(screen.getByTestId("cart-link").getAttribute("href")).toBe("/zh/cart")
    act(() => mod.announceCartCount(5))
    expect(screen.getByTestId("cart-count").textContent).toBe("5")
    act(() => mod.announceCartCount(0))
    expect(screen.queryByTestId("cart-count")).toBeNull()
  })
})
