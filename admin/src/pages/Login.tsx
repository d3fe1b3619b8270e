import { useQueryClient } from "@tanstack/react-query"
import { useState, type FormEvent } from "react"
import { useLocation, useNavigate } from "react-router"
import { fetchMe, signIn, signOut, statusOf } from "../lib/api"
import { useI18n } from "../lib/i18n"

export function Login() {
  const { t, lang, setLang } = useI18n()
  const navigate = useNavigate()
  const location = useLocation()
  const client = useQueryClient()
  const state = (location.state ?? {}) as { from?: string; reason?: string }
  const [error, setError] = useState<string | null>(state.reason === "expired" ? t("sessionExpired") : null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    setError(null)
    setBusy(true)
    try {
      await signIn(String(form.get("email")), String(form.get("password")))
    } catch {
      setBusy(false)
      return setError(t("loginFailed"))
    }
    try {
      // A customer's or operator's credentials sign in too, but to no official: refuse them here.
      client.setQueryData(["me"], await fetchMe())
      navigate(state.from && state.from !== "/login" ? state.from : "/", { replace: true })
    } catch (err) {
      await signOut().catch(() => {})
      setError(statusOf(err) === 401 ? t("notOfficial") : t("loadFailed"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex min-h-screen items-center justify-center p-4">
      <form onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" data-testid="login">
        <div className="flex items-start justify-between">
          <div>
            <h1 className="text-lg font-semibold">{t("loginTitle")}</h1>
            <p className="text-xs text-slate-500">{t("appTitle")}</p>
          </div>
          <button type="button" className="text-sm underline" onClick={() => setLang(lang === "zh" ? "en" : "zh")}>
            {t("language")}
          </button>
        </div>
        <label className="block text-sm">
          {t("email")}
          <input name="email" type="email" required autoComplete="username" className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <label className="block text-sm">
          {t("password")}
          <input name="password" type="password" required autoComplete="current-password" className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5" />
        </label>
        {error && (
          <p role="alert" className="text-sm text-red-700" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy} className="w-full rounded bg-emerald-700 py-2 text-white disabled:opacity-60">
          {t("login")}
        </button>
      </form>
    </div>
  )
}
