"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { login, register, type AuthState } from "@/lib/actions/customer"

function FieldError({ id, code }: { id: string; code?: string }) {
  const e = useTranslations("errors")
  if (!code) return null
  return (
    <p id={`${id}-error`} className="field-error" data-testid={`error-${id}`}>
      {e.has(code) ? e(code as "required") : code}
    </p>
  )
}

function Input({ id, label, state, hint, ...rest }: { id: string; label: string; state: AuthState; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const err = state?.fieldErrors?.[id as keyof NonNullable<AuthState>["fieldErrors"]]
  return (
    <div>
      <label className="label" htmlFor={id}>
        {label} {hint && <span className="font-normal text-muted">· {hint}</span>}
      </label>
      <input id={id} name={id} className="input" aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-error` : undefined} defaultValue={state?.values?.[id]} {...rest} />
      <FieldError id={id} code={err} />
    </div>
  )
}

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("account")
  const e = useTranslations("errors")
  const locale = useLocale()
  const [state, action, pending] = useActionState<AuthState, FormData>(login, null)
  return (
    <form action={action} className="space-y-4" noValidate data-testid="login-form">
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <Input id="email" label={t("email")} state={state} type="email" autoComplete="email" required />
      <Input id="password" label={t("password")} state={state} type="password" autoComplete="current-password" required />
      {state?.error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="login-error">
          {e(state.error)}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending} data-testid="login-submit">
        {t("login")}
      </button>
    </form>
  )
}

export function RegisterForm({ next }: { next?: string }) {
  const t = useTranslations("account")
  const e = useTranslations("errors")
  const locale = useLocale()
  const [state, action, pending] = useActionState<AuthState, FormData>(register, null)
  return (
    <form action={action} className="space-y-4" noValidate data-testid="register-form">
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Input id="last_name" label={t("lastName")} state={state} autoComplete="family-name" />
        <Input id="first_name" label={t("firstName")} state={state} autoComplete="given-name" required />
      </div>
      <Input id="email" label={t("email")} state={state} type="email" autoComplete="email" required />
      <Input id="phone" label={t("phone")} state={state} type="tel" inputMode="tel" autoComplete="tel-national" />
      <Input id="password" label={t("password")} hint={t("passwordHint")} state={state} type="password" autoComplete="new-password" required minLength={8} />
      {state?.error && (
        <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="register-error">
          {e(state.error)}
        </p>
      )}
      <button type="submit" className="btn-primary w-full" disabled={pending} data-testid="register-submit">
        {t("register")}
      </button>
    </form>
  )
}
