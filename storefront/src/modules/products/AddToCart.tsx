"use client"

import { useActionState, useEffect, useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { addToCart, type CartActionState } from "@/lib/actions/cart"
import type { StockState } from "@/lib/util/origin"
import { announceCartCount } from "../layout/CartBadge"

export type VariantChoice = { id: string; title: string; price: string; stock: StockState; quantity: number | null }

export function AddToCart({ variants }: { variants: VariantChoice[] }) {
  const t = useTranslations("product")
  const e = useTranslations("errors")
  const locale = useLocale()
  const firstAvailable = variants.find((v) => v.stock !== "out") ?? variants[0]
  const [variantId, setVariantId] = useState(firstAvailable?.id ?? "")
  const [state, action, pending] = useActionState<CartActionState, FormData>(addToCart, null)
  const variant = variants.find((v) => v.id === variantId)

  useEffect(() => {
    if (state?.ok && typeof state.count === "number") announceCartCount(state.count)
  }, [state])

  const out = !variant || variant.stock === "out"
  return (
    <form action={action} className="space-y-4" data-testid="add-to-cart-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variant_id" value={variantId} />
      {variants.length > 1 && (
        <fieldset>
          <legend className="label">{t("variant")}</legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((v) => (
              <label key={v.id} className="chip cursor-pointer has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" name="variant_choice" value={v.id} checked={v.id === variantId} onChange={() => setVariantId(v.id)} className="accent-brand-600" />
                <span>{v.title}</span>
                <span className="text-muted">{v.price}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex items-end gap-3">
        <div className="w-24">
          <label className="label" htmlFor="qty">
            {t("quantity")}
          </label>
          <input id="qty" name="quantity" type="number" min={1} max={99} defaultValue={1} inputMode="numeric" className="input" />
        </div>
        <button type="submit" className="btn-primary flex-1" disabled={pending || out} data-testid="add-to-cart">
          {out ? t("outOfStock") : pending ? t("adding") : t("addToCart")}
        </button>
      </div>
      <p className="text-sm" data-testid="stock-state">
        {variant?.stock === "out" ? (
          <span className="text-brand-700">{t("outOfStock")}</span>
        ) : variant?.stock === "low" ? (
          <span className="text-amber-800">{t("lowStock", { count: variant.quantity ?? 0 })}</span>
        ) : (
          <span className="text-jade-700">{t("inStock")}</span>
        )}
      </p>
      <div aria-live="polite">
        {state?.error && (
          <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="cart-error">
            {e(state.error)}
          </p>
        )}
        {state?.ok && (
          <p className="flex items-center justify-between rounded-lg bg-jade-50 p-3 text-sm text-jade-700" data-testid="added">
            {t("added")}
            <Link href="/cart" className="font-semibold underline">
              {t("viewCart")}
            </Link>
          </p>
        )}
      </div>
    </form>
  )
}
