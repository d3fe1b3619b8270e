"use client"

import { useCallback, useEffect, useState } from "react"
import { useTranslations } from "next-intl"
import { shanghaiDay } from "@/lib/kiosk/day"
import type { PaymentMethod, Summary } from "@/lib/kiosk/types"
import { formatFen } from "@/lib/util/money"
import { useKiosk } from "./context"
import { useErrorText } from "./errors"
import { field, secondary } from "./ui"

const METHODS: PaymentMethod[] = ["cash", "card", "qr"]

/** A counter's day (Shanghai calendar day): orders, gross, refunds, net, by payment method, cash sessions. */
export function SummaryView() {
  const t = useTranslations("kiosk.summary")
  const tp = useTranslations("kiosk.pay")
  const tc = useTranslations("kiosk.cash")
  const errorText = useErrorText()
  const { api, locale, online } = useKiosk()
  const [date, setDate] = useState(shanghaiDay())
  const [summary, setSummary] = useState<Summary | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(
    (day: string) => {
      setError(null)
      api.summary(day).then(setSummary, (e) => setError(errorText(e)))
    },
    [api, errorText]
  )
  useEffect(() => {
    if (online) load(shanghaiDay())
  }, [online, load])

  const money = (fen: number) => formatFen(fen, locale)
  const byMethodMax = summary ? Math.max(1, ...METHODS.map((m) => summary.by_method[m] ?? 0)) : 1
  return (
    <div className="mx-auto max-w-2xl space-y-4 p-4" data-testid="kiosk-summary">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          load(date)
        }}
      >
        <label className="flex-1">
          <span className="text-sm text-muted">{t("date")}</span>
          <input type="date" className={field} value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit" className={secondary}>
          {t("load")}
        </button>
      </form>
      {error && <p role="alert" className="text-brand-800">{error}</p>}
      {summary && (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {(
              [
                ["orders", String(summary.orders)],
                ["items", String(summary.items)],
                ["gross", money(summary.gross)],
                ["refunds", money(summary.refunds)],
                ["net", money(summary.net)],
                ["flagged", String(summary.flagged)],
              ] as const
            ).map(([k, v]) => (
              <div key={k} className="rounded-xl bg-white p-3 shadow">
                <dt className="text-sm text-muted">{t(k)}</dt>
                <dd className="text-2xl font-bold tabular-nums" data-testid={`summary-${k}`}>
                  {v}
                </dd>
              </div>
            ))}
          </dl>
          <section className="rounded-xl bg-white p-3 shadow">
            <h2 className="mb-2 font-semibold">{t("byMethod")}</h2>
            <ul className="space-y-2">
              {METHODS.map((m) => (
                <li key={m} className="grid grid-cols-[5rem_1fr_7rem] items-center gap-2">
                  <span>{tp(m)}</span>
                  <span className="h-4 rounded bg-stone-100">
                    <span className="block h-4 rounded bg-brand-600" style={{ width: `${((summary.by_method[m] ?? 0) / byMethodMax) * 100}%` }} />
                  </span>
                  <span className="text-right tabular-nums">{money(summary.by_method[m] ?? 0)}</span>
                </li>
              ))}
            </ul>
          </section>
          {summary.cash_sessions.length > 0 && (
            <section className="rounded-xl bg-white p-3 shadow">
              <h2 className="mb-2 font-semibold">{t("sessions")}</h2>
              <ul className="space-y-1 tabular-nums">
                {summary.cash_sessions.map((s) => (
                  <li key={s.id} className="flex flex-wrap justify-between gap-2">
                    <span>{tc("openingFloat")} {money(s.opening_float)}</span>
                    {s.expected != null && <span>{tc("expected")} {money(s.expected)}</span>}
                    {s.counted != null && <span>{tc("countedAmount")} {money(s.counted)}</span>}
                    {s.discrepancy != null && <span>{tc("discrepancy")} {money(s.discrepancy)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  )
}
