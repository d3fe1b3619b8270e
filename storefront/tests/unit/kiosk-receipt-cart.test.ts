import { describe, expect, it } from "vitest"
import { addToCart, cartCount, cartTotal, EMPTY_CART, overridePrice, setQuantity, toSale } from "@/lib/kiosk/cart"
import { localReference, receiptFromQueued, receiptFromSale } from "@/lib/kiosk/receipt"
import type { CatalogueProduct, PricedVariant } from "@/lib/kiosk/types"
import { cashSale } from "../fixtures"

const coffee: CatalogueProduct & { variants: PricedVariant[] } = {
  id: "prod_1",
  title: "澜沧普洱咖啡",
  title_en: "Lancang Pu'er coffee",
  thumbnail: null,
  category_ids: ["cat_coffee"],
  county: { code: "530828", name: "澜沧拉祜族自治县" },
  variants: [
    { id: "v_250", title: "250克", sku: "OC-530828-01", barcode: "6970000000017", unit_price: 4_990, stock: 30 },
    { id: "v_500", title: "500克", sku: "OC-530828-02", barcode: "6970000000024", unit_price: 8_800, stock: 30 },
  ],
}

describe("cart", () => {
  it("adds, merges, edits and removes lines, with totals in fen", () => {
    let cart = addToCart(EMPTY_CART, coffee, coffee.variants[0]!)
    cart = addToCart(cart, coffee, coffee.variants[0]!)
    cart = addToCart(cart, coffee, coffee.variants[1]!)
    expect(cart.lines.map((l) => [l.title, l.quantity])).toEqual([
      ["澜沧普洱咖啡 · 250克", 2],
      ["澜沧普洱咖啡 · 500克", 1],
    ])
    expect(cartTotal(cart)).toBe(2 * 4_990 + 8_800)
    cart = setQuantity(cart, "v_500", 3)
    expect(cartCount(cart)).toBe(5)
    cart = setQuantity(cart, "v_250", 0)
    expect(cart.lines.map((l) => l.variant_id)).toEqual(["v_500"])
  })

  it("records the sale with its time, clerk and override only when a price was changed", () => {
    let cart = addToCart(EMPTY_CART, coffee, coffee.variants[0]!, 2)
    const soldAt = new Date("2026-11-24T10:15:00+08:00")
    const plain = toSale(cart, { key: "k", soldAt, clerkId: "clerk_1", payment: { method: "card", amount: 9_980, reference: "POS-1" }, override: { manager_pin: "246810", reason: "x" } })
    expect(plain.sale).toEqual({
      idempotency_key: "k",
      sold_at: "2026-11-24T02:15:00.000Z",
      clerk_id: "clerk_1",
      items: [{ variant_id: "v_250", quantity: 2, unit_price: 4_990 }],
      payment: { method: "card", amount: 9_980, reference: "POS-1" },
    })
    cart = overridePrice(cart, "v_250", 4_500)
    const overridden = toSale(cart, { key: "k2", soldAt, clerkId: "clerk_1", payment: { method: "cash", amount: 9_000, tendered: 10_000 }, override: { manager_pin: "246810", reason: "临期" } })
    expect(overridden.sale.override).toEqual({ manager_pin: "246810", reason: "临期" })
    expect(overridden.lines[0]).toMatchObject({ unit_price: 4_500, total: 9_000, county_name: "澜沧拉祜族自治县" })
  })
})

describe("receipt", () => {
  const sale = cashSale([{ variant_id: "v_250", title: "澜沧普洱咖啡 · 250克", county_name: "澜沧拉祜族自治县", quantity: 2, unit_price: 4_990, total: 9_980 }], 10_000)

  it("shows the server's order number, lines with county, totals and payment", () => {
    const r = receiptFromSale(sale)
    expect(r).toMatchObject({ number: "#1042", synced: true, total: 9_980, item_count: 2, qr_text: "#1042" })
    expect(r.lines[0]!.county_name).toBe("澜沧拉祜族自治县")
    expect(r.payment.change).toBe(20)
  })

  it("shows a local reference and the change before the server has answered", () => {
    const cart = addToCart(EMPTY_CART, coffee, coffee.variants[0]!, 2)
    const { sale: input, lines } = toSale(cart, { key: sale.idempotency_key, soldAt: new Date(sale.sold_at), clerkId: "clerk_1", payment: { method: "cash", amount: 9_980, tendered: 20_000 } })
    const r = receiptFromQueued({ key: input.idempotency_key, sale: input, lines, queued_at: sale.sold_at, status: "pending", attempts: 0, last_error: null, next_attempt_at: 0 })
    expect(localReference(sale.idempotency_key)).toBe("0B7E3C1A")
    expect(r).toMatchObject({ number: "0B7E3C1A", synced: false, total: 9_980, qr_text: "0B7E3C1A", sold_at: sale.sold_at })
    expect(r.payment).toEqual({ method: "cash", amount: 9_980, tendered: 20_000, change: 10_020, reference: null })
  })
})
