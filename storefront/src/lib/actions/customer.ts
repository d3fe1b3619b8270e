"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { isLocale, routing, type Locale } from "@/i18n/routing"
import { sdk } from "../config"
import { readAddress, toMedusaAddress, validateAddress, type AddressErrors, type CnAddress } from "../util/address"
import { normalizeMobile } from "../util/phone"
import { getAuthHeaders, getCartId, removeAuthToken, setAuthToken } from "../data/cookies"
import { classifyError, type ActionError } from "../data/errors"

const localeOf = (form: FormData): Locale => {
  const l = form.get("locale")
  return isLocale(l) ? l : routing.defaultLocale
}

/** Only same-site paths of this shop may be redirected to after login. */
function safeNext(form: FormData, locale: Locale, fallback = "/account"): string {
  const n = String(form.get("next") ?? "")
  if (/^\/(zh|en)(\/[\w\-/?=&%.]*)?$/.test(n) && !n.startsWith("//")) return n
  return `/${locale}${fallback}`
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type AuthState = {
  error?: ActionError
  fieldErrors?: Partial<Record<"email" | "password" | "first_name" | "last_name" | "phone", string>>
  values?: Record<string, string>
} | null

async function transferCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${token}` })
  } catch {
    // A completed or foreign cart cannot be transferred; the shopper keeps shopping with it as a guest.
  }
}

async function loginWith(email: string, password: string): Promise<string> {
  const token = await sdk.auth.login("customer", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("unsupported auth flow")
  return token
}

export async function login(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = localeOf(form)
  const email = String(form.get("email") ?? "").trim().toLowerCase()
  const password = String(form.get("password") ?? "")
  const fieldErrors: NonNullable<AuthState>["fieldErrors"] = {}
  if (!EMAIL.test(email)) fieldErrors.email = "email"
  if (!password) fieldErrors.password = "required"
  if (Object.keys(fieldErrors).length) return { fieldErrors, values: { email } }
  try {
    const token = await loginWith(email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (e) {
    return { error: classifyError(e, "auth"), values: { email } }
  }
  redirect(safeNext(form, locale))
}

export async function register(_prev: AuthState, form: FormData): Promise<AuthState> {
  const locale = localeOf(form)
  const values = {
    email: String(form.get("email") ?? "").trim().toLowerCase(),
    first_name: String(form.get("first_name") ?? "").trim(),
    last_name: String(form.get("last_name") ?? "").trim(),
    phone: String(form.get("phone") ?? "").trim(),
  }
  const password = String(form.get("password") ?? "")
  const fieldErrors: NonNullable<AuthState>["fieldErrors"] = {}
  if (!EMAIL.test(values.email)) fieldErrors.email = "email"
  if (password.length < 8) fieldErrors.password = "passwordShort"
  if (!values.first_name) fieldErrors.first_name = "required"
  if (values.phone && !normalizeMobile(values.phone)) fieldErrors.phone = "mobile"
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  try {
    const regToken = await sdk.auth.register("customer", "emailpass", { email: values.email, password })
    await sdk.store.customer.create(
      {
        email: values.email,
        first_name: values.first_name,
        last_name: values.last_name,
        phone: normalizeMobile(values.phone) ?? undefined,
      },
      {},
      { authorization: `Bearer ${regToken}` }
    )
    const token = await loginWith(values.email, password)
    await setAuthToken(token)
    await transferCart(token)
  } catch (e) {
    return { error: classifyError(e, "register"), values }
  }
  redirect(safeNext(form, locale))
}

export async function logout(form: FormData): Promise<void> {
  const locale = localeOf(form)
  await removeAuthToken()
  redirect(`/${locale}`)
}

export type ProfileState = { ok?: boolean; error?: ActionError; fieldErrors?: Record<string, string> } | null

export async function updateProfile(_prev: ProfileState, form: FormData): Promise<ProfileState> {
  const first_name = String(form.get("first_name") ?? "").trim()
  const last_name = String(form.get("last_name") ?? "").trim()
  const phone = String(form.get("phone") ?? "").trim()
  const fieldErrors: Record<string, string> = {}
  if (!first_name) fieldErrors.first_name = "required"
  if (phone && !normalizeMobile(phone)) fieldErrors.phone = "mobile"
  if (Object.keys(fieldErrors).length) return { fieldErrors }
  try {
    await sdk.store.customer.update(
      { first_name, last_name, phone: normalizeMobile(phone) ?? "" },
      {},
      await getAuthHeaders()
    )
  } catch (e) {
    return { error: classifyError(e, "other") }
  }
  refresh()
  return { ok: true }
}

export type AddressBookState = { ok?: boolean; error?: ActionError; errors?: AddressErrors; values?: CnAddress } | null

export async function addAddress(_prev: AddressBookState, form: FormData): Promise<AddressBookState> {
  const address = readAddress(form)
  const errors = validateAddress(address)
  if (Object.keys(errors).length) return { errors, values: address }
  try {
    await sdk.store.customer.createAddress(
      { ...toMedusaAddress(address), is_default_shipping: form.get("is_default") === "on" },
      {},
      await getAuthHeaders()
    )
  } catch (e) {
    return { error: classifyError(e, "checkout"), values: address }
  }
  refresh()
  return { ok: true }
}

export async function deleteAddress(form: FormData): Promise<void> {
  const id = String(form.get("address_id") ?? "")
  if (!id) return
  await sdk.store.customer.deleteAddress(id, await getAuthHeaders())
  refresh()
}
