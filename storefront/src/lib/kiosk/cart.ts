import type { CatalogueProduct, CatalogueVariant, PaymentInput, PricedVariant, SaleInput, SaleLine } from "./types"

export type CartLine = {
  variant_id: string
  title: string
  county_name: string | null
  quantity: number
  /** Catalogue price in fen. */
  list_price: number
  /** Price charged: the list price unless a manager overrode it. */
  unit_price: number
}

export type Cart = { lines: CartLine[] }

export const EMPTY_CART: Cart = { lines: [] }

export function variantLabel(product: CatalogueProduct, variant: CatalogueVariant): string {
  return product.variants.length > 1 ? `${product.title} · ${variant.title}` : product.title
}

export const isPriced = (variant: CatalogueVariant): variant is PricedVariant => variant.unit_price !== null

export function addToCart(cart: Cart, product: CatalogueProduct, variant: PricedVariant, quantity = 1): Cart {
  const existing = cart.lines.find((l) => l.variant_id === variant.id)
  if (existing) return setQuantity(cart, variant.id, existing.quantity + quantity)
  const line: CartLine = {
    variant_id: variant.id,
    title: variantLabel(product, variant),
    county_name: product.county?.name ?? null,
    quantity,
    list_price: variant.unit_price,
    unit_price: variant.unit_price,
  }
  return { lines: [...cart.lines, line] }
}

/** A quantity of 0 or less removes the line. */
export function setQuantity(cart: Cart, variantId: string, quantity: number): Cart {
  const q = Math.floor(quantity)
  return { lines: q > 0 ? cart.lines.map((l) => (l.variant_id === variantId ? { ...l, quantity: q } : l)) : cart.lines.filter((l) => l.variant_id !== variantId) }
}

export function overridePrice(cart: Cart, variantId: string, unitPrice: number): Cart {
  return { lines: cart.lines.map((l) => (l.variant_id === variantId ? { ...l, unit_price: unitPrice } : l)) }
}

export const cartTotal = (cart: Cart) => cart.lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0)
export const cartCount = (cart: Cart) => cart.lines.reduce((n, l) => n + l.quantity, 0)
export const hasOverride = (cart: Cart) => cart.lines.some((l) => l.unit_price !== l.list_price)

/** The request body for POST /kiosk/sales and the lines for the receipt, recorded at the moment of sale. */
export function toSale(
  cart: Cart,
  input: { key: string; soldAt: Date; clerkId: string; payment: PaymentInput; override?: { manager_pin: string; reason: string } }
): { sale: SaleInput; lines: SaleLine[] } {
  const sale: SaleInput = {
    idempotency_key: input.key,
    sold_at: input.soldAt.toISOString(),
    clerk_id: input.clerkId,
    items: cart.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity, unit_price: l.unit_price })),
    payment: input.payment,
  }
  if (input.override && hasOverride(cart)) sale.override = input.override
  const lines = cart.lines.map((l) => ({
    variant_id: l.variant_id,
    title: l.title,
    county_name: l.county_name,
    quantity: l.quantity,
    unit_price: l.unit_price,
    total: l.unit_price * l.quantity,
  }))
  return { sale, lines }
}
