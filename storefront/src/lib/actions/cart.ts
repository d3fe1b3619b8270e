"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { isLocale, routing, storeLocale, type Locale } from "@/i18n/routing"
import { sdk } from "../config"
import { readAddress, toMedusaAddress, validateAddress, type AddressErrors, type CnAddress } from "../util/address"
import { itemCount, retrieveCart } from "../data/cart"
import { getAuthHeaders, getCartId, removeCartId, setCartCount, setCartId } from "../data/cookies"
import { classifyError, type ActionError } from "../data/errors"
import { getRegion } from "../data/regions"
import type { Cart } from "@onecounty/contracts/storefront"

export type CartActionState = { ok?: boolean; error?: ActionError; count?: number } | null

const localeOf = (form: FormData): Locale => {
  const l = form.get("locale")
  return isLocale(l) ? l : routing.defaultLocale
}

/** A new cart takes the shopper's language: Medusa writes its items' titles in the cart's locale. */
async function getOrCreateCart(locale: Locale): Promise<Cart> {
  const existing = await retrieveCart()
  if (existing) return existing
  const region = await getRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id, locale: storeLocale[locale] }, {}, await getAuthHeaders())
  await setCartId(cart.id)
  return cart
}

export async function addToCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const variantId = String(form.get("variant_id") ?? "")
  const quantity = Math.max(1, Math.min(99, Math.floor(Number(form.get("quantity") ?? 1)) || 1))
  if (!variantId) return { error: "unknown" }
  try {
    const cart = await getOrCreateCart(localeOf(form))
    const { cart: updated } = await sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: "id,*items" },
      await getAuthHeaders()
    )
    const count = itemCount(updated)
    await setCartCount(count)
    return { ok: true, count }
  } catch (e) {
    return { error: classifyError(e, "cart") }
  }
}

export async function updateLineItem(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const lineId = String(form.get("line_id") ?? "")
  const quantity = Math.floor(Number(form.get("quantity")))
  const cartId = await getCartId()
  if (!cartId || !lineId || !Number.isFinite(quantity)) return { error: "cartNotFound" }
  try {
    const headers = await getAuthHeaders()
    const { cart } =
      quantity <= 0
        ? await sdk.store.cart.deleteLineItem(cartId, lineId, { fields: "id,*items" }, headers).then((r) => ({ cart: r.parent as Cart }))
        : await sdk.store.cart.updateLineItem(cartId, lineId, { quantity: Math.min(99, quantity) }, { fields: "id,*items" }, headers)
    const count = itemCount(cart)
    await setCartCount(count)
    refresh()
    return { ok: true, count }
  } catch (e) {
    return { error: classifyError(e, "cart") }
  }
}

export type AddressActionState = {
  errors?: AddressErrors & { email?: "required" | "email" }
  values?: CnAddress & { email: string }
  error?: ActionError
} | null

export async function saveCheckoutAddress(_prev: AddressActionState, form: FormData): Promise<AddressActionState> {
  const locale = localeOf(form)
  const address = readAddress(form)
  const email = String(form.get("email") ?? "").trim()
  const errors: NonNullable<AddressActionState>["errors"] = validateAddress(address)
  if (!email) errors.email = "required"
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "email"
  const values = { ...address, email }
  if (Object.keys(errors).length) return { errors, values }
  const cartId = await getCartId()
  if (!cartId) return { error: "cartNotFound", values }
  try {
    const medusaAddress = toMedusaAddress(address)
    await sdk.store.cart.update(
      cartId,
      { email, shipping_address: medusaAddress, billing_address: medusaAddress },
      { fields: "id" },
      await getAuthHeaders()
    )
  } catch (e) {
    return { error: classifyError(e, "checkout"), values }
  }
  redirect(`/${locale}/checkout?step=delivery`)
}

export type SimpleState = { error?: ActionError } | null

export async function setShippingMethod(_prev: SimpleState, form: FormData): Promise<SimpleState> {
  const locale = localeOf(form)
  const optionId = String(form.get("option_id") ?? "")
  const cartId = await getCartId()
  if (!cartId) return { error: "cartNotFound" }
  if (!optionId) return { error: "unknown" }
  try {
    await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, await getAuthHeaders())
  } catch (e) {
    return { error: classifyError(e, "checkout") }
  }
  redirect(`/${locale}/checkout?step=payment`)
}

/** Creates the payment session with the chosen provider (the demo payment by default) and completes the cart. */
export async function placeOrder(_prev: SimpleState, form: FormData): Promise<SimpleState> {
  const locale = localeOf(form)
  const providerId = String(form.get("provider_id") ?? "pp_demo_demo")
  const cart = await retrieveCart()
  if (!cart) return { error: "cartNotFound" }
  const headers = await getAuthHeaders()
  let orderId: string
  try {
    const sessions = cart.payment_collection?.payment_sessions ?? []
    if (!sessions.some((s) => s.provider_id === providerId && s.status !== "error")) {
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
    }
  } catch (e) {
    return { error: classifyError(e, "payment") }
  }
  try {
    const result = await sdk.store.cart.complete(cart.id, {}, headers)
    if (result.type !== "order") {
      return { error: classifyError(result.error, "payment") }
    }
    orderId = result.order.id
  } catch (e) {
    const err = classifyError(e, "payment")
    return { error: err === "unknown" ? "paymentFailed" : err }
  }
  await removeCartId()
  redirect(`/${locale}/order/${orderId}/confirmed`)
}
