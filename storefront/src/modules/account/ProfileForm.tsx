"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { updateProfile, type ProfileState } from "@/lib/actions/customer"

export function ProfileForm({ customer }: { customer: { email: string; first_name?: string | null; last_name?: string | null; phone?: string | null } }) {
  const t = useTranslations("account")
  const e = useTranslations("errors")
  const c = useTranslations("common")
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfile, null)
  const err = (k: string) => state?.fieldErrors?.[k]
  return (
    <form action={action} className="space-y-4" noValidate data-testid="profile-form">
      <div>
        <p className="label">{t("email")}</p>
        <p className="text-muted">{customer.email}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label className="label" htmlFor="last_name">
            {t("lastName")}
          </label>
          <input id="last_name" name="last_name" className="input" defaultValue={customer.last_name ?? ""} autoComplete="family-name" />
        </div>
        <div>
          <label className="label" htmlFor="first_name">
            {t("firstName")}
          </label>
          <input id="first_name" name="first_name" className="input" defaultValue={customer.first_name ?? ""} autoComplete="given-name" aria-invalid={err("first_name") ? true : undefined} aria-describedby={err("first_name") ? "first_name-error" : undefined} />
          {err("first_name") && <p id="first_name-error" className="field-error">{e("required")}</p>}
        </div>
      </div>
      <div>
        <label className="label" htmlFor="phone">
          {t("phone")}
        </label>
        <input id="phone" name="phone" type="tel" inputMode="tel" className="input" defaultValue={customer.phone ?? ""} autoComplete="tel-national" aria-invalid={err("phone") ? true : undefined} aria-describedby={err("phone") ? "phone-error" : undefined} />
        {err("phone") && <p id="phone-error" className="field-error">{e("mobile")}</p>}
      </div>
      {state?.error && <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">{e(state.error)}</p>}
      {state?.ok && <p role="status" className="text-sm text-jade-700">{t("saved")}</p>}
      <button type="submit" className="btn-primary" disabled={pending}>
        {c("save")}
      </button>
    </form>
  )
}
