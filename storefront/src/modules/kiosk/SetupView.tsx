"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import type { KioskApi } from "@/lib/kiosk/api"
import type { KioskDevice } from "@/lib/kiosk/types"
import { useErrorText } from "./errors"
import { field, label, primary } from "./ui"

/** First start: a one-time code from an operator pins this device to a counter. */
export function SetupView({ api, onDone }: { api: KioskApi; onDone: (token: string, device: KioskDevice) => void }) {
  const t = useTranslations("kiosk.setup")
  const errorText = useErrorText()
  const [code, setCode] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const { device, device_token } = await api.register(code.trim().toUpperCase())
      onDone(device_token, device)
    } catch (e) {
      setError(e instanceof TypeError ? t("offline") : errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="mx-auto mt-16 max-w-md space-y-6 rounded-2xl bg-white p-8 shadow" data-testid="kiosk-setup">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("text")}</p>
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <label htmlFor="setup-code" className={label}>
          {t("code")}
        </label>
        <input
          id="setup-code"
          data-testid="setup-code"
          className={`${field} text-center font-mono uppercase tracking-widest`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          maxLength={8}
          autoComplete="off"
          autoCapitalize="characters"
          required
        />
        {error && (
          <p role="alert" className="text-brand-800" data-testid="setup-error">
            {error}
          </p>
        )}
        <button type="submit" className={`${primary} w-full`} disabled={busy || code.trim().length !== 8} data-testid="setup-submit">
          {t("submit")}
        </button>
      </form>
    </section>
  )
}
