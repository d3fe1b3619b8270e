"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { saveCheckoutAddress, type AddressActionState } from "@/lib/actions/cart"
import type { CnAddress } from "@/lib/util/address"
import { AddressFields } from "./AddressFields"

export function AddressStep({ initial }: { initial: Partial<CnAddress> & { email?: string } }) {
  const t = useTranslations("checkout")
  const a = useTranslations("address")
  const e = useTranslations("errors")
  const locale = useLocale()
  const [state, action, pending] = useActionState<AddressActionState, FormData>(saveCheckoutAddress, null)
  const values = state?.values ?? initial
  const emailErr = state?.errors?.email
  return (
    <form action={action} className="space-y-4" noValidate data-testid="address-form">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label className="label" htmlFor="email">
          {t("email")} <span className="font-normal text-muted">· {t("emailHint")}</span>
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values.email ?? ""}
          aria-invalid={emailErr ? true : undefined}
          aria-describedby={emailErr ? "email-error" : undefined}
          className="input"
        />
        {emailErr && (
          <p id="email-error" className="field-error" data-testid="error-email">
            {emailErr === "required" ? a("errors.required", { field: t("email") }) : a("errors.email")}
          </p>
        )}
      </div>
      <AddressFields values={values} errors={state?.errors} />
      {state?.error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">
          {e(state.error)}
        </p>
      )}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending} data-testid="address-submit">
        {pending ? t("saving") : t("continue")}
      </button>
    </form>
  )
}
