import "server-only"
import { sdk } from "../config"
import type { Cart, ShippingOption } from "@onecounty/contracts/storefront"
import { isNotFound } from "./errors"
import { getAuthHeaders, getCartId } from "./cookies"

export const CART_FIELDS =
  "*items,*items.variant,*items.product,*shipping_address,*billing_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,*region"

/** The shopper's cart, or null when there is none (or it was completed / deleted). */
export async function retrieveCart(cartId?: string): Promise<Cart | null> {
  const id = cartId ?? (await getCartId())
  if (!id) return null
  try {
    const { cart } = await sdk.client.fetch<{ cart: Cart }>(`/store/carts/${id}`, {
      method: "GET",
      query: { fields: CART_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}

export function itemCount(cart: Pick<Cart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((n, i) => n + (i.quantity ?? 0), 0)
}

export async function listCartShippingOptions(cartId: string): Promise<ShippingOption[]> {
  const { shipping_options } = await sdk.client.fetch<{ shipping_options: ShippingOption[] }>(
    "/store/shipping-options",
    { method: "GET", query: { cart_id: cartId }, headers: await getAuthHeaders(), cache: "no-store" }
  )
  return shipping_options
}

export type PaymentProvider = { id: string }

export async function listPaymentProviders(regionId: string): Promise<PaymentProvider[]> {
  const { payment_providers } = await sdk.client.fetch<{ payment_providers: PaymentProvider[] }>(
    "/store/payment-providers",
    { method: "GET", query: { region_id: regionId }, headers: await getAuthHeaders(), cache: "no-store" }
  )
  return payment_providers
}

/** Which checkout step a cart is ready for. */
export type CheckoutStep = "address" | "delivery" | "payment"

export function nextCheckoutStep(cart: Cart): CheckoutStep {
  if (!cart.email || !cart.shipping_address?.address_1 || !cart.shipping_address?.phone) return "address"
  if (!cart.shipping_methods?.length) return "delivery"
  return "payment"
}
