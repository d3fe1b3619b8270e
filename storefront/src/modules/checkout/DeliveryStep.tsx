"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { setShippingMethod, type SimpleState } from "@/lib/actions/cart"

export type DeliveryOption = { id: string; name: string; price: string; description?: string }

export function DeliveryStep({ options, selected }: { options: DeliveryOption[]; selected?: string }) {
  const t = useTranslations("checkout")
  const e = useTranslations("errors")
  const locale = useLocale()
  const [state, action, pending] = useActionState<SimpleState, FormData>(setShippingMethod, null)
  if (!options.length) {
    return (
      <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">
        {t("noShipping")}
      </p>
    )
  }
  return (
    <form action={action} className="space-y-3" data-testid="delivery-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-2">
        <legend className="sr-only">{t("chooseShipping")}</legend>
        {options.map((o, i) => (
          <label key={o.id} className="card flex min-h-14 cursor-pointer items-center gap-3 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name="option_id" value={o.id} defaultChecked={selected ? selected === o.id : i === 0} className="h-5 w-5 accent-brand-600" />
            <span className="flex-1">
              <span className="block font-medium">{o.name}</span>
              {o.description && <span className="block text-sm text-muted">{o.description}</span>}
            </span>
            <span className="font-semibold">{o.price}</span>
          </label>
        ))}
      </fieldset>
      {state?.error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">
          {e(state.error)}
        </p>
      )}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending} data-testid="delivery-submit">
        {pending ? t("saving") : t("continue")}
      </button>
    </form>
  )
}
