import "server-only"
import { cookies } from "next/headers"

const AUTH = "_oc_jwt"
const CART = "_oc_cart_id"
/** Readable by the browser: the header's cart badge shows it without making pages dynamic. */
export const CART_COUNT = "oc_cart_n"

const secure = process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false"
const WEEK = 60 * 60 * 24 * 7

export async function getAuthHeaders(): Promise<Record<string, string>> {
  const token = (await cookies()).get(AUTH)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function isLoggedIn(): Promise<boolean> {
  return !!(await cookies()).get(AUTH)?.value
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: WEEK })
}

export async function removeAuthToken() {
  ;(await cookies()).delete(AUTH)
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART)?.value
}

export async function setCartId(id: string) {
  ;(await cookies()).set(CART, id, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: WEEK * 4 })
}

export async function removeCartId() {
  const jar = await cookies()
  jar.delete(CART)
  jar.set(CART_COUNT, "0", { sameSite: "lax", secure, path: "/", maxAge: WEEK * 4 })
}

export async function setCartCount(n: number) {
  ;(await cookies()).set(CART_COUNT, String(Math.max(0, n)), { sameSite: "lax", secure, path: "/", maxAge: WEEK * 4 })
}
