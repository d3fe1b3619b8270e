"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { cashChange, quickTenders } from "@/lib/kiosk/cash"
import { cartTotal, hasOverride, type Cart } from "@/lib/kiosk/cart"
import type { PaymentInput, PaymentMethod } from "@/lib/kiosk/types"
import { fenToYuan } from "@onecounty/contracts/money"
import { formatFen, parseYuanToFen } from "@/lib/util/money"
import { useKiosk } from "./context"
import { field, label, primary } from "./ui"

const METHODS: PaymentMethod[] = ["cash", "card", "qr"]

/** Cash with the change due, or card / QR recorded with the terminal's reference. */
export function PaymentPanel({ cart, onPay, busy }: { cart: Cart; onPay: (p: PaymentInput, override?: { manager_pin: string; reason: string }) => void; busy: boolean }) {
  const t = useTranslations("kiosk.pay")
  const { locale } = useKiosk()
  const total = cartTotal(cart)
  const [method, setMethod] = useState<PaymentMethod>("cash")
  const [tendered, setTendered] = useState("")
  const [reference, setReference] = useState("")
  const [managerPin, setManagerPin] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const override = hasOverride(cart)
  const tenderedFen = tendered.trim() === "" ? total : parseYuanToFen(tendered)
  const change = tenderedFen === null ? null : cashChange(total, tenderedFen)

  const submit = () => {
    setError(null)
    if (override && (!/^\d{4,6}$/.test(managerPin) || !reason.trim())) return setError(t("needOverride"))
    let payment: PaymentInput
    if (method === "cash") {
      if (tenderedFen === null || !change || change.short > 0) return setError(t("invalidAmount"))
      payment = { method, amount: total, tendered: tenderedFen }
    } else {
      if (!reference.trim()) return setError(t("needReference"))
      payment = { method, amount: total, reference: reference.trim() }
    }
    onPay(payment, override ? { manager_pin: managerPin, reason: reason.trim() } : undefined)
  }

  return (
    <form
      className="space-y-3"
      data-testid="kiosk-payment"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div className="grid grid-cols-3 gap-2" role="radiogroup" aria-label={t("title")}>
        {METHODS.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={method === m}
            data-testid={`pay-${m}`}
            onClick={() => setMethod(m)}
            className={`min-h-14 rounded-xl border-2 text-lg font-semibold ${method === m ? "border-brand-600 bg-brand-50 text-brand-800" : "border-stone-300 bg-white"}`}
          >
            {t(m)}
          </button>
        ))}
      </div>
      {method === "cash" ? (
        <div className="space-y-2">
          <label htmlFor="tendered" className={label}>
            {t("tendered")}
          </label>
          <input id="tendered" data-testid="tendered" className={field} inputMode="decimal" autoComplete="off" value={tendered} placeholder={fenToYuan(total)} onChange={(e) => setTendered(e.target.value)} />
          <div className="flex flex-wrap gap-2">
            {quickTenders(total).map((fen) => (
              <button key={fen} type="button" className="min-h-12 rounded-lg border-2 border-stone-300 bg-white px-3 font-semibold tabular-nums" onClick={() => setTendered(fenToYuan(fen))}>
                {formatFen(fen, locale)}
              </button>
            ))}
          </div>
          <p className="text-2xl font-bold tabular-nums" data-testid="change-due" aria-live="polite">
            {change && change.short > 0 ? t("short", { amount: formatFen(change.short, locale) }) : `${t("change")} ${formatFen(change?.change ?? 0, locale)}`}
          </p>
        </div>
      ) : (
        <div className="space-y-1">
          <label htmlFor="reference" className={label}>
            {t("reference")}
          </label>
          <input id="reference" data-testid="reference" className={field} autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} />
          <p className="text-sm text-muted">{t("referenceHint")}</p>
        </div>
      )}
      {override && (
        <div className="grid grid-cols-2 gap-2">
          <label className="space-y-1">
            <span className={label}>{t("managerPin")}</span>
            <input className={field} type="password" inputMode="numeric" maxLength={6} value={managerPin} onChange={(e) => setManagerPin(e.target.value.replace(/\D/g, ""))} data-testid="override-pin" />
          </label>
          <label className="space-y-1">
            <span className={label}>{t("reason")}</span>
            <input className={field} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="override-reason" />
          </label>
        </div>
      )}
      {error && (
        <p role="alert" className="text-brand-800" data-testid="pay-error">
          {error}
        </p>
      )}
      <button type="submit" className={`${primary} w-full text-2xl`} disabled={busy || cart.lines.length === 0} data-testid="pay-submit">
        {t("submit", { amount: formatFen(total, locale) })}
      </button>
    </form>
  )
}
