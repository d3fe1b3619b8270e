"use client"

import { useActionState, useEffect } from "react"
import { useTranslations } from "next-intl"
import { updateLineItem, type CartActionState } from "@/lib/actions/cart"
import { announceCartCount } from "../layout/CartBadge"

export function LineItemControls({ lineId, quantity, title }: { lineId: string; quantity: number; title: string }) {
  const t = useTranslations("cart")
  const e = useTranslations("errors")
  const [state, action, pending] = useActionState<CartActionState, FormData>(updateLineItem, null)
  useEffect(() => {
    if (state?.ok && typeof state.count === "number") announceCartCount(state.count)
  }, [state])
  return (
    <div className="space-y-1">
      <form action={action} className="flex items-center gap-2" aria-busy={pending}>
        <input type="hidden" name="line_id" value={lineId} />
        <div className="flex items-center rounded-lg border border-stone-300" role="group" aria-label={`${t("quantity")}: ${title}`}>
          <button type="submit" name="quantity" value={quantity - 1} className="h-11 w-11 text-lg" aria-label={t("decrease")} disabled={pending}>
            −
          </button>
          <span className="w-8 text-center tabular-nums" data-testid="line-quantity">
            {quantity}
          </span>
          <button type="submit" name="quantity" value={quantity + 1} className="h-11 w-11 text-lg" aria-label={t("increase")} disabled={pending}>
            +
          </button>
        </div>
        <button type="submit" name="quantity" value={0} className="min-h-11 px-2 text-sm text-brand-700 underline" disabled={pending}>
          {t("remove")}
        </button>
      </form>
      {state?.error && (
        <p role="alert" className="text-sm text-brand-800">
          {e(state.error)}
        </p>
      )}
    </div>
  )
}
