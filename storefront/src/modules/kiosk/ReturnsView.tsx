"use client"

import { useEffect, useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import { shanghaiDay } from "@/lib/kiosk/day"
import type { PaymentMethod, Sale } from "@/lib/kiosk/types"
import { formatFen } from "@/lib/util/money"
import { useKiosk } from "./context"
import { useErrorText } from "./errors"
import { field, label, primary } from "./ui"

/** Returns against today's synced sales; the manager's PIN authorises each refund on the server. */
export function ReturnsView() {
  const t = useTranslations("kiosk.returns")
  const tp = useTranslations("kiosk.pay")
  const format = useFormatter()
  const errorText = useErrorText()
  const { api, locale, online } = useKiosk()
  const [sales, setSales] = useState<Sale[] | null>(null)
  const [sale, setSale] = useState<Sale | null>(null)
  const [qty, setQty] = useState<Record<string, number>>({})
  const [method, setMethod] = useState<PaymentMethod>("cash")
  const [reason, setReason] = useState("")
  const [pin, setPin] = useState("")
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!online) return
    api.sales(shanghaiDay()).then(
      (r) => setSales(r.sales),
      (e) => setMessage({ text: errorText(e), bad: true })
    )
  }, [api, online, errorText])

  const submit = async () => {
    if (!sale) return
    const items = Object.entries(qty)
      .filter(([, q]) => q > 0)
      .map(([variant_id, quantity]) => ({ variant_id, quantity }))
    if (!items.length) return setMessage({ text: t("nothing"), bad: true })
    setBusy(true)
    setMessage(null)
    try {
      const r = await api.createReturn(sale.id, { items, manager_pin: pin, reason: reason.trim(), refund_method: method })
      setMessage({ text: t("done", { amount: formatFen(r.return.amount, locale), id: r.return.id }), bad: false })
      setSale(null)
      setQty({})
      setPin("")
      setReason("")
    } catch (e) {
      setMessage({ text: errorText(e), bad: true })
    } finally {
      setBusy(false)
    }
  }

  if (!online) return <p className="p-6 text-lg">{t("needOnline")}</p>
  return (
    <div className="grid gap-4 p-4 lg:grid-cols-2" data-testid="kiosk-returns">
      <section className="space-y-2">
        <h1 className="text-2xl font-bold">{t("today")}</h1>
        {sales?.length === 0 && <p>{t("none")}</p>}
        <ul className="space-y-2">
          {sales?.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                data-testid="return-sale"
                aria-pressed={sale?.id === s.id}
                onClick={() => {
                  setSale(s)
                  setQty({})
                  setMessage(null)
                }}
                className={`flex min-h-14 w-full items-center justify-between rounded-xl border-2 px-4 text-left ${sale?.id === s.id ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
              >
                <span className="font-semibold">#{s.display_id}</span>
                <span>{format.dateTime(new Date(s.sold_at), { hour: "2-digit", minute: "2-digit" })}</span>
                <span className="tabular-nums">{formatFen(s.total, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {sale && (
        <form
          className="space-y-3 rounded-2xl bg-white p-4 shadow"
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <h2 className="text-xl font-bold">
            {t("title")} · #{sale.display_id}
          </h2>
          {sale.items.map((l) => (
            <label key={l.variant_id} className="flex items-center justify-between gap-2">
              <span>
                {l.title} <span className="text-muted">× {l.quantity}</span>
              </span>
              <input
                className="h-12 w-20 rounded-lg border-2 border-stone-300 text-center text-xl"
                inputMode="numeric"
                aria-label={`${t("quantity")}: ${l.title}`}
                data-testid="return-quantity"
                value={qty[l.variant_id] ?? 0}
                onChange={(e) => setQty({ ...qty, [l.variant_id]: Math.min(l.quantity, Number(e.target.value.replace(/\D/g, "")) || 0) })}
              />
            </label>
          ))}
          <fieldset className="grid grid-cols-3 gap-2">
            <legend className={label}>{t("method")}</legend>
            {(["cash", "card", "qr"] as const).map((m) => (
              <button key={m} type="button" aria-pressed={method === m} onClick={() => setMethod(m)} className={`min-h-12 rounded-xl border-2 font-semibold ${method === m ? "border-brand-600 bg-brand-50" : "border-stone-300"}`}>
                {tp(m)}
              </button>
            ))}
          </fieldset>
          <label className="block space-y-1">
            <span className={label}>{t("reason")}</span>
            <input className={field} value={reason} onChange={(e) => setReason(e.target.value)} required data-testid="return-reason" />
          </label>
          <label className="block space-y-1">
            <span className={label}>{t("managerPin")}</span>
            <input className={field} type="password" inputMode="numeric" maxLength={6} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))} required data-testid="return-pin" />
          </label>
          <button type="submit" className={`${primary} w-full`} disabled={busy || pin.length < 4} data-testid="return-submit">
            {t("submit")}
          </button>
        </form>
      )}
      {message && (
        <p role="alert" data-testid="return-message" className={`text-lg lg:col-span-2 ${message.bad ? "text-brand-800" : "text-jade-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  )
}
