"use client"

import { useState } from "react"
import { useTranslations } from "next-intl"
import { cartCount, cartTotal, overridePrice, setQuantity, type Cart } from "@/lib/kiosk/cart"
import { fenToYuan } from "@onecounty/contracts/money"
import { formatFen, parseYuanToFen } from "@/lib/util/money"
import { useKiosk } from "./context"
import { field } from "./ui"

/** The basket: quantities, removal and a price change per line (the manager confirms it at payment). */
export function CartPanel({ cart, onChange }: { cart: Cart; onChange: (c: Cart) => void }) {
  const t = useTranslations("kiosk.cart")
  const { locale } = useKiosk()
  const [editing, setEditing] = useState<string | null>(null)
  const [price, setPrice] = useState("")
  const step = "h-12 w-12 rounded-lg border-2 border-stone-300 bg-white text-2xl font-semibold active:bg-stone-100"

  return (
    <section aria-labelledby="cart-title" className="flex flex-col gap-2" data-testid="kiosk-cart">
      <div className="flex items-baseline justify-between">
        <h2 id="cart-title" className="text-xl font-bold">
          {t("title")}
        </h2>
        {cart.lines.length > 0 && (
          <button type="button" className="min-h-11 px-2 text-brand-700 underline" onClick={() => onChange({ lines: [] })}>
            {t("clear")}
          </button>
        )}
      </div>
      {cart.lines.length === 0 && <p className="py-6 text-center text-muted">{t("empty")}</p>}
      <ul className="divide-y divide-stone-200">
        {cart.lines.map((l) => (
          <li key={l.variant_id} className="space-y-2 py-2" data-testid="cart-line">
            <div className="flex justify-between gap-2">
              <div>
                <p className="font-semibold">{l.title}</p>
                {l.county_name && <p className="text-sm text-muted">{l.county_name}</p>}
                {l.unit_price !== l.list_price && <p className="text-sm text-brand-700">{t("listPrice", { price: formatFen(l.list_price, locale) })}</p>}
              </div>
              <p className="text-lg font-semibold tabular-nums" data-testid="cart-line-total">
                {formatFen(l.unit_price * l.quantity, locale)}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" className={step} aria-label={`${t("decrease")}: ${l.title}`} onClick={() => onChange(setQuantity(cart, l.variant_id, l.quantity - 1))}>
                −
              </button>
              <input
                aria-label={l.title}
                data-testid="cart-line-quantity"
                className="h-12 w-16 rounded-lg border-2 border-stone-300 text-center text-xl tabular-nums"
                inputMode="numeric"
                value={l.quantity}
                onChange={(e) => {
                  const q = Number(e.target.value.replace(/\D/g, ""))
                  if (q > 0) onChange(setQuantity(cart, l.variant_id, q))
                }}
              />
              <button type="button" className={step} aria-label={`${t("increase")}: ${l.title}`} onClick={() => onChange(setQuantity(cart, l.variant_id, l.quantity + 1))}>
                +
              </button>
              <span className="text-sm text-muted tabular-nums">× {formatFen(l.unit_price, locale)}</span>
              <button
                type="button"
                className="ml-auto min-h-12 px-2 text-brand-700 underline"
                onClick={() => {
                  setEditing(editing === l.variant_id ? null : l.variant_id)
                  setPrice(fenToYuan(l.unit_price))
                }}
              >
                {t("override")}
              </button>
              <button type="button" className="min-h-12 px-2 text-brand-700 underline" data-testid="cart-line-remove" onClick={() => onChange(setQuantity(cart, l.variant_id, 0))}>
                {t("remove")}
              </button>
            </div>
            {editing === l.variant_id && (
              <form
                className="flex items-end gap-2"
                onSubmit={(e) => {
                  e.preventDefault()
                  const fen = parseYuanToFen(price)
                  if (fen === null) return
                  onChange(overridePrice(cart, l.variant_id, fen))
                  setEditing(null)
                }}
              >
                <label className="flex-1">
                  <span className="text-sm text-muted">{t("overridePrice")}</span>
                  <input className={field} inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} data-testid="override-price" />
                </label>
                <button type="submit" className="min-h-14 rounded-xl bg-ink px-4 font-semibold text-white">
                  {t("apply")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <div className="flex items-baseline justify-between border-t-2 border-ink pt-2 text-2xl font-bold">
        <span>
          {t("total")} <span className="text-base font-normal text-muted">{t("items", { count: cartCount(cart) })}</span>
        </span>
        <span className="tabular-nums" data-testid="cart-total">
          {formatFen(cartTotal(cart), locale)}
        </span>
      </div>
    </section>
  )
}
