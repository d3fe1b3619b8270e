"use client"

import { useActionState, useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { placeOrder, type SimpleState } from "@/lib/actions/cart"
import { startStripePayment } from "@/lib/actions/stripe"
import type { ActionError } from "@/lib/data/errors"
import { isStripeProvider, paymentChoices } from "@/lib/stripe/providers"
import { StripePayment } from "./StripePayment"

/**
 * Payment: card, Alipay and WeChat Pay through the Stripe Payment Element when the shop has a
 * Stripe publishable key (read on the server) and the region offers them; the backend's demo
 * payment (pp_demo_demo, development and demos only: captured at once) where the region has it.
 */
export function PaymentStep({ providers, stripeKey, failed = false }: { providers: string[]; stripeKey: string | null; failed?: boolean }) {
  const t = useTranslations("checkout")
  const e = useTranslations("errors")
  const locale = useLocale()
  const [state, action, pending] = useActionState<SimpleState, FormData>(placeOrder, null)
  const choices = paymentChoices(providers, stripeKey)
  const [selected, setSelected] = useState<string>(choices[0] ?? "pp_demo_demo")
  const [session, setSession] = useState<{ provider: string; clientSecret: string } | null>(null)
  const [stripeError, setStripeError] = useState<ActionError | null>(failed ? "paymentFailed" : null)
  const [starting, startTransition] = useTransition()
  const stripeChosen = isStripeProvider(selected)

  function continueWithStripe() {
    startTransition(async () => {
      setStripeError(null)
      const result = await startStripePayment(selected)
      if ("error" in result) setStripeError(result.error)
      else setSession({ provider: selected, clientSecret: result.clientSecret })
    })
  }

  if (stripeKey && session && session.provider === selected) {
    return (
      <div className="space-y-3">
        <button type="button" className="text-sm text-brand-700 underline" onClick={() => setSession(null)} data-testid="change-method">
          {t("changeMethod")}
        </button>
        <StripePayment
          stripeKey={stripeKey}
          clientSecret={session.clientSecret}
          locale={locale}
          returnUrl={`${window.location.origin}/${locale}/checkout/stripe-return`}
        />
      </div>
    )
  }

  const error = state?.error ?? stripeError
  return (
    <form action={action} className="space-y-3" data-testid="payment-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-2">
        <legend className="label">{t("payment")}</legend>
        {choices.map((p) => (
          <label key={p} className="card flex min-h-14 cursor-pointer items-center gap-3 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input
              type="radio"
              name="provider_id"
              value={p}
              checked={selected === p}
              onChange={() => setSelected(p)}
              className="h-5 w-5 accent-brand-600"
            />
            <span>{t.has(`provider.${p}`) ? t(`provider.${p}` as "provider.pp_demo_demo") : p}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="payment-error">
          {e(error)}
        </p>
      )}
      {stripeChosen ? (
        <button type="button" className="btn-primary w-full" disabled={starting} onClick={continueWithStripe} data-testid="stripe-continue">
          {starting ? t("saving") : t("continueToPay")}
        </button>
      ) : (
        <button type="submit" className="btn-primary w-full" disabled={pending} data-testid="place-order">
          {pending ? t("placing") : t("placeOrder")}
        </button>
      )}
    </form>
  )
}
