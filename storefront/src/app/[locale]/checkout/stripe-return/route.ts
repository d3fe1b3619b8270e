import { NextResponse, type NextRequest } from "next/server"
import { isLocale, routing } from "@/i18n/routing"
import { sdk } from "@/lib/config"
import { retrieveCart } from "@/lib/data/cart"
import { getAuthHeaders, removeCartId } from "@/lib/data/cookies"

/**
 * Where Stripe sends the shopper back (after Alipay, WeChat Pay or 3-D Secure; cards without a
 * challenge come here straight from the Payment Element): completes the cart, whose payment
 * Medusa checks with Stripe, and shows the order. Completing twice returns the same order.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : routing.defaultLocale
  const to = (path: string) => NextResponse.redirect(new URL(`/${locale}${path}`, request.url), 303)
  const failed = to("/checkout?step=payment&payment=failed")
  if (request.nextUrl.searchParams.get("redirect_status") === "failed") return failed
  const cart = await retrieveCart()
  if (!cart) return to("/cart")
  try {
    const result = await sdk.store.cart.complete(cart.id, {}, await getAuthHeaders())
    if (result.type !== "order") return failed
    await removeCartId()
    return to(`/order/${result.order.id}/confirmed`)
  } catch {
    return failed
  }
}
