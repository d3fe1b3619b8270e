"use client"

import { useCallback, useEffect, useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import { discrepancy } from "@/lib/kiosk/cash"
import type { CashSession } from "@/lib/kiosk/types"
import { formatFen, parseYuanToFen } from "@/lib/util/money"
import { useKiosk } from "./context"
import { useErrorText } from "./errors"
import { field, label, primary } from "./ui"

/** The cash drawer: open with a float, close with the counted amount, see over / short. */
export function CashView() {
  const t = useTranslations("kiosk.cash")
  const tp = useTranslations("kiosk.pay")
  const format = useFormatter()
  const errorText = useErrorText()
  const { api, locale, online } = useKiosk()
  const [current, setCurrent] = useState<CashSession | null | undefined>(undefined)
  const [closed, setClosed] = useState<CashSession | null>(null)
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => api.currentCash().then((r) => setCurrent(r.cash_session)), [api])
  useEffect(() => {
    if (online) load().catch((e) => setError(errorText(e)))
  }, [online, load, errorText])

  const run = async (fn: () => Promise<void>) => {
    setError(null)
    const fen = parseYuanToFen(amount)
    if (fen === null) return setError(tp("invalidAmount"))
    try {
      await fn()
      setAmount("")
      setNote("")
    } catch (e) {
      setError(errorText(e))
    }
  }

  if (!online) return <p className="p-6 text-lg">{t("none")}</p>
  const diff = closed ? (closed.discrepancy ?? discrepancy(closed.expected ?? 0, closed.counted ?? 0)) : null
  return (
    <div className="mx-auto max-w-lg space-y-4 p-4" data-testid="kiosk-cash">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {closed && diff !== null && (
        <dl className="grid grid-cols-2 gap-2 rounded-2xl bg-white p-4 text-lg shadow" data-testid="cash-closed">
          <dt>{t("expected")}</dt>
          <dd className="text-right tabular-nums">{formatFen(closed.expected ?? 0, locale)}</dd>
          <dt>{t("countedAmount")}</dt>
          <dd className="text-right tabular-nums">{formatFen(closed.counted ?? 0, locale)}</dd>
          <dt className="font-bold">{t("discrepancy")}</dt>
          <dd className={`text-right font-bold tabular-nums ${diff === 0 ? "text-jade-700" : "text-brand-700"}`} data-testid="cash-discrepancy">
            {diff === 0 ? t("balanced") : `${diff > 0 ? t("over") : t("shortage")} ${formatFen(Math.abs(diff), locale)}`}
          </dd>
        </dl>
      )}
      {current === null && (
        <form
          className="space-y-3 rounded-2xl bg-white p-4 shadow"
          onSubmit={(e) => {
            e.preventDefault()
            void run(async () => {
              setClosed(null)
              setCurrent((await api.openCash(parseYuanToFen(amount)!)).cash_session)
            })
          }}
        >
          <p className="text-muted">{t("none")}</p>
          <label className="block space-y-1">
            <span className={label}>{t("float")}</span>
            <input className={field} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="cash-float" />
          </label>
          <button type="submit" className={`${primary} w-full`} data-testid="cash-open">
            {t("open")}
          </button>
        </form>
      )}
      {current && (
        <form
          className="space-y-3 rounded-2xl bg-white p-4 shadow"
          onSubmit={(e) => {
            e.preventDefault()
            void run(async () => {
              setClosed((await api.closeCash(current.id, parseYuanToFen(amount)!, note.trim() || undefined)).cash_session)
              setCurrent(null)
            })
          }}
        >
          <p>{t("openSince", { time: format.dateTime(new Date(current.opened_at), { dateStyle: "short", timeStyle: "short" }) })}</p>
          <dl className="grid grid-cols-2 gap-2 text-lg">
            <dt>{t("openingFloat")}</dt>
            <dd className="text-right tabular-nums">{formatFen(current.opening_float, locale)}</dd>
            <dt>{t("expected")}</dt>
            <dd className="text-right font-bold tabular-nums" data-testid="cash-expected">
              {formatFen(current.expected_cash ?? current.opening_float, locale)}
            </dd>
          </dl>
          <label className="block space-y-1">
            <span className={label}>{t("counted")}</span>
            <input className={field} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="cash-counted" />
          </label>
          <label className="block space-y-1">
            <span className={label}>{t("note")}</span>
            <input className={field} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className={`${primary} w-full`} data-testid="cash-close">
            {t("close")}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-brand-800" data-testid="cash-error">
          {error}
        </p>
      )}
    </div>
  )
}
