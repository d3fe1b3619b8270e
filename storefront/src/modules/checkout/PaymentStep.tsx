"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { placeOrder, type SimpleState } from "@/lib/actions/cart"

/**
 * Payment: Medusa's system provider (pp_system_default) by default.
 * SEAM: when NEXT_PUBLIC_STRIPE_KEY is set, the Stripe Payment Element belongs here (not built yet).
 */
export function PaymentStep({ providers, stripeEnabled }: { providers: string[]; stripeEnabled: boolean }) {
  const t = useTranslations("checkout")
  const e = useTranslations("errors")
  const locale = useLocale()
  const [state, action, pending] = useActionState<SimpleState, FormData>(placeOrder, null)
  const usable = providers.filter((p) => p.startsWith("pp_system"))
  const list = usable.length ? usable : ["pp_system_default"]
  return (
    <form action={action} className="space-y-3" data-testid="payment-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-2">
        <legend className="label">{t("payment")}</legend>
        {list.map((p, i) => (
          <label key={p} className="card flex min-h-14 cursor-pointer items-center gap-3 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="provider_id" value={p} defaultChecked={i === 0} className="h-5 w-5 accent-brand-600" />
            <span>{t.has(`provider.${p}`) ? t(`provider.${p}` as "provider.pp_system_default") : p}</span>
          </label>
        ))}
      </fieldset>
      {stripeEnabled && <p className="text-sm text-muted">{t("stripeSoon")}</p>}
      {state?.error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="payment-error">
          {e(state.error)}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending} data-testid="place-order">
        {pending ? t("placing") : t("placeOrder")}
      </button>
    </form>
  )
}
