"use server"

import { sdk } from "../config"
import { retrieveCart } from "../data/cart"
import { getAuthHeaders } from "../data/cookies"
import { classifyError, type ActionError } from "../data/errors"
import { isStripeProvider } from "../stripe/providers"

export type StripeStart = { clientSecret: string } | { error: ActionError }

/** Opens (or reuses) the cart's Stripe payment session for the chosen method; the Payment Element needs its client secret. */
export async function startStripePayment(providerId: string): Promise<StripeStart> {
  if (!isStripeProvider(providerId)) return { error: "paymentFailed" }
  const cart = await retrieveCart()
  if (!cart) return { error: "cartNotFound" }
  try {
    const existing = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === providerId && s.status !== "error")
    const session =
      existing ??
      (await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await getAuthHeaders())).payment_collection.payment_sessions?.find(
        (s) => s.provider_id === providerId
      )
    const clientSecret = (session?.data as { client_secret?: string } | undefined)?.client_secret
    return clientSecret ? { clientSecret } : { error: "paymentFailed" }
  } catch (e) {
    return { error: classifyError(e, "payment") }
  }
}
