"use client"

import { useEffect, useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import QRCode from "qrcode"
import type { Receipt } from "@/lib/kiosk/receipt"
import { formatFen } from "@/lib/util/money"
import { counterName, useKiosk } from "./context"
import { primary, secondary } from "./ui"

// 80 mm thermal roll: 72 mm printable, height as long as the receipt.
const PRINT_CSS = "@page { size: 80mm auto; margin: 2mm 4mm; } @media print { body { background: #fff; } }"

/** The receipt on screen and on 80 mm paper: order number, lines with county, totals, payment, QR of the number. */
export function ReceiptView({ receipt, onNext }: { receipt: Receipt; onNext: () => void }) {
  const t = useTranslations("kiosk.receipt")
  const tp = useTranslations("kiosk.pay")
  const format = useFormatter()
  const { counter, session, locale } = useKiosk()
  const [qr, setQr] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    // SVG: sharp on a thermal printer at any size, and drawn without a canvas.
    QRCode.toString(receipt.qr_text, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
      (svg) => live && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)
    )
    return () => {
      live = false
    }
  }, [receipt.qr_text])

  const row = "flex justify-between gap-2"
  return (
    <div className="p-4 print:p-0">
      <style>{PRINT_CSS}</style>
      <article className="mx-auto w-[80mm] max-w-full bg-white p-4 font-mono text-sm text-black shadow print:w-[72mm] print:p-0 print:shadow-none" data-testid="receipt">
        <header className="text-center">
          <h1 className="text-base font-bold">一县一品 OneCounty</h1>
          <p>{counterName(counter, locale)}</p>
          <p className="mt-1 text-xs">{t("title")}</p>
        </header>
        <hr className="my-2 border-dashed border-black" />
        <p className={row}>
          <span>{t("order")}</span>
          <span className="font-bold" data-testid="receipt-number">
            {receipt.number}
          </span>
        </p>
        {!receipt.synced && (
          <p className="text-xs" data-testid="receipt-pending">
            {t("pending")}
          </p>
        )}
        <p className={row}>
          <span>{t("time")}</span>
          <span data-testid="receipt-time">{format.dateTime(new Date(receipt.sold_at), { dateStyle: "short", timeStyle: "medium" })}</span>
        </p>
        <p className={row}>
          <span>{t("clerk")}</span>
          <span>{session.clerk.name}</span>
        </p>
        <hr className="my-2 border-dashed border-black" />
        <ul className="space-y-1">
          {receipt.lines.map((l) => (
            <li key={l.variant_id} data-testid="receipt-line">
              <p>{l.title}</p>
              {l.county_name && (
                <p className="text-xs" data-testid="receipt-county">
                  {t("origin")}: {l.county_name}
                </p>
              )}
              <p className={row}>
                <span>
                  {l.quantity} × {formatFen(l.unit_price, locale)}
                </span>
                <span>{formatFen(l.total, locale)}</span>
              </p>
            </li>
          ))}
        </ul>
        <hr className="my-2 border-dashed border-black" />
        <p className={`${row} text-base font-bold`}>
          <span>{t("total")}</span>
          <span data-testid="receipt-total">{formatFen(receipt.total, locale)}</span>
        </p>
        <p className={row}>
          <span>{t("paid")}</span>
          <span data-testid="receipt-method">{tp(receipt.payment.method)}</span>
        </p>
        {receipt.payment.tendered !== null && (
          <p className={row}>
            <span>{t("tendered")}</span>
            <span>{formatFen(receipt.payment.tendered, locale)}</span>
          </p>
        )}
        {receipt.payment.change !== null && (
          <p className={row}>
            <span>{t("change")}</span>
            <span data-testid="receipt-change">{formatFen(receipt.payment.change, locale)}</span>
          </p>
        )}
        {receipt.payment.reference && (
          <p className={row}>
            <span>{t("reference")}</span>
            <span>{receipt.payment.reference}</span>
          </p>
        )}
        {receipt.flags.map((f) => (
          <p key={f.kind} className="text-xs">
            {t(f.kind === "price_override" ? "override" : "flagged", { detail: f.detail })}
          </p>
        ))}
        <div className="mt-3 flex justify-center">
          {qr && (
            // a data: URL drawn on the device, which next/image has nothing to optimise for
            // eslint-disable-next-line @next/next/no-img-element
            <img src={qr} alt={receipt.qr_text} width={120} height={120} data-testid="receipt-qr" />
          )}
        </div>
        <p className="mt-2 text-center text-xs">{t("thanks")}</p>
      </article>
      <div className="mx-auto mt-4 flex max-w-md gap-3 print:hidden">
        <button type="button" className={`${secondary} flex-1`} onClick={() => window.print()} data-testid="receipt-print">
          {t("print")}
        </button>
        <button type="button" className={`${primary} flex-1`} onClick={onNext} data-testid="receipt-next">
          {t("next")}
        </button>
      </div>
    </div>
  )
}
