"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { addAddress, type AddressBookState } from "@/lib/actions/customer"
import { AddressFields } from "../checkout/AddressFields"

export function AddAddressForm() {
  const t = useTranslations("account")
  const a = useTranslations("address")
  const e = useTranslations("errors")
  const c = useTranslations("common")
  const [state, action, pending] = useActionState<AddressBookState, FormData>(addAddress, null)
  return (
    <form action={action} className="space-y-4" noValidate data-testid="add-address-form" key={state?.ok ? "saved" : "editing"}>
      <AddressFields values={state?.ok ? undefined : state?.values} errors={state?.errors} prefix="new-" />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="is_default" className="h-5 w-5 accent-brand-600" />
        {a("default")}
      </label>
      {state?.error && <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">{e(state.error)}</p>}
      {state?.ok && <p role="status" className="text-sm text-jade-700">{t("saved")}</p>}
      <button type="submit" className="btn-primary" disabled={pending}>
        {c("save")}
      </button>
    </form>
  )
}
