"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useState, type FormEvent } from "react"
import { useTranslations } from "next-intl"

const loaded = new Map<string, Promise<Stripe | null>>()
/** Stripe.js loads once per key, and only once a shopper reaches a Stripe payment. */
const stripeFor = (key: string) => loaded.get(key) ?? loaded.set(key, loadStripe(key)).get(key)!

function PayForm({ returnUrl }: { returnUrl: string }) {
  const t = useTranslations("checkout")
  const e = useTranslations("errors")
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements) return
    setPending(true)
    setError(null)
    // Alipay and WeChat Pay leave for the wallet and come back to returnUrl; a card without a
    // challenge resolves here, and goes to the same place to complete the order.
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl }, redirect: "if_required" })
    if (result.error) {
      setError(result.error.message ?? e("paymentFailed"))
      setPending(false)
      return
    }
    window.location.assign(returnUrl)
  }

  return (
    <form onSubmit={submit} className="space-y-3" data-testid="stripe-form">
      <PaymentElement options={{ layout: "tabs" }} />
      {error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="payment-error">
          {error}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={!stripe || pending} data-testid="stripe-pay">
        {pending ? t("placing") : t("payNow")}
      </button>
    </form>
  )
}

/** The Stripe Payment Element for one payment session (card, Alipay or WeChat Pay). */
export function StripePayment({ stripeKey, clientSecret, returnUrl, locale }: { stripeKey: string; clientSecret: string; returnUrl: string; locale: string }) {
  return (
    <div data-testid="stripe-payment">
      <Elements stripe={stripeFor(stripeKey)} options={{ clientSecret, locale: locale === "zh" ? "zh" : "en", appearance: { theme: "stripe" } }}>
        <PayForm returnUrl={returnUrl} />
      </Elements>
    </div>
  )
}
