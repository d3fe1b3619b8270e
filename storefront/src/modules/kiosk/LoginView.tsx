"use client"

import { useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import { KioskApiError, type KioskApi } from "@/lib/kiosk/api"
import type { KioskDb } from "@/lib/kiosk/db"
import { cacheOfflinePin, offlineLogin } from "@/lib/kiosk/offline-pin"
import type { ClerkSession, KioskClerk, KioskCounter } from "@/lib/kiosk/types"
import { counterName, type KioskLocale } from "./context"
import { useErrorText } from "./errors"
import { PinPad } from "./PinPad"
import { bigButton } from "./ui"

/** The server could not be asked: no network, or it is down. */
const unreachable = (e: unknown) => e instanceof TypeError || (e instanceof KioskApiError && e.status >= 500)

/**
 * Clerks pick their name and type their PIN; 5 wrong PINs lock the clerk for 15 minutes (server side).
 * When the server cannot be reached, the PIN is checked on the device against the hash cached at the
 * clerk's last online login (lib/kiosk/offline-pin: 72 h, the same lockout kept on the device).
 */
export function LoginView({
  api,
  db,
  counter,
  clerks,
  locale,
  onLogin,
}: {
  api: KioskApi
  db: KioskDb
  counter: KioskCounter
  clerks: KioskClerk[]
  locale: KioskLocale
  onLogin: (s: ClerkSession) => void
}) {
  const t = useTranslations("kiosk.login")
  const format = useFormatter()
  const errorText = useErrorText()
  const [clerk, setClerk] = useState<KioskClerk | null>(clerks.length === 1 ? clerks[0]! : null)
  const [pin, setPin] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (!clerk) return
    setBusy(true)
    setError(null)
    const lockedText = (until: string | number) => t("locked", { time: format.dateTime(new Date(until), { hour: "2-digit", minute: "2-digit" }) })
    try {
      const session = await api.login(clerk.id, pin)
      // Without WebCrypto (plain http on a LAN is not a secure context) the device just cannot offer offline login.
      await cacheOfflinePin(db, session, counter.id, pin).catch(() => {})
      onLogin(session)
    } catch (e) {
      setPin("")
      if (unreachable(e)) {
        const r = await offlineLogin(db, clerk.id, counter.id, pin).catch(() => ({ ok: false as const, reason: "none" as const }))
        if (r.ok) onLogin(r.session)
        else if (r.reason === "wrong") setError(t("wrong", { count: r.attempts_left }))
        else if (r.reason === "locked") setError(lockedText(r.locked_until))
        else setError(t(r.reason === "expired" ? "offlineExpired" : "offline"))
      } else if (e instanceof KioskApiError && e.status === 401 && typeof e.body.attempts_left === "number") setError(t("wrong", { count: e.body.attempts_left }))
      else if (e instanceof KioskApiError && e.status === 429 && e.body.locked_until)
        setError(lockedText(e.body.locked_until))
      else setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="mx-auto mt-10 max-w-2xl space-y-6 rounded-2xl bg-white p-8 shadow" data-testid="kiosk-login">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted" data-testid="kiosk-counter-name">
          {counterName(counter, locale)}
        </p>
      </div>
      {clerks.length === 0 ? (
        <p>{t("noClerks")}</p>
      ) : (
        <fieldset>
          <legend className="mb-2 font-medium">{t("choose")}</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {clerks.map((c) => (
              <button
                key={c.id}
                type="button"
                data-testid="clerk-button"
                data-role={c.role}
                aria-pressed={clerk?.id === c.id}
                onClick={() => {
                  setClerk(c)
                  setPin("")
                  setError(null)
                }}
                className={`${bigButton} flex-col border-2 ${clerk?.id === c.id ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
              >
                <span>{c.name}</span>
                <span className="text-sm font-normal text-muted">{t(c.role === "manager" ? "manager" : "clerk")}</span>
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {clerk && <PinPad id="clerk-pin" value={pin} onChange={setPin} onSubmit={() => void submit()} disabled={busy} />}
      {error && (
        <p role="alert" className="text-center text-lg text-brand-800" data-testid="login-error">
          {error}
        </p>
      )}
    </section>
  )
}
