"use client"

import { useActionState, useEffect, useState } from "react"
import Link from "next/link"
import { addToCart, type CartActionState } from "@/lib/actions/cart"
import type { ActionError } from "@/lib/data/errors"
import type { StockState } from "@/lib/util/origin"
import { announceCartCount } from "../layout/CartBadge"

export type VariantChoice = { id: string; title: string; price: string; stock: StockState; quantity: number | null }

/** The form's words in the page's language (`addToCartText`); `lowStock` holds `{count}`. */
export type AddToCartText = {
  variant: string
  quantity: string
  addToCart: string
  adding: string
  added: string
  viewCart: string
  outOfStock: string
  lowStock: string
  inStock: string
  errors: Record<ActionError, string>
}

/**
 * Variant, quantity and the add button of the product page. Its words come from the server as
 * props: with no translation runtime in the browser the product page's first load stays small.
 */
export function AddToCart({ variants, locale, text }: { variants: VariantChoice[]; locale: string; text: AddToCartText }) {
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
          <legend className="label">{text.variant}</legend>
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
            {text.quantity}
          </label>
          <input id="qty" name="quantity" type="number" min={1} max={99} defaultValue={1} inputMode="numeric" className="input" />
        </div>
        <button type="submit" className="btn-primary flex-1" disabled={pending || out} data-testid="add-to-cart">
          {out ? text.outOfStock : pending ? text.adding : text.addToCart}
        </button>
      </div>
      <p className="text-sm" data-testid="stock-state">
        {variant?.stock === "out" ? (
          <span className="text-brand-700">{text.outOfStock}</span>
        ) : variant?.stock === "low" ? (
          <span className="text-amber-800">{text.lowStock.replace("{count}", String(variant.quantity ?? 0))}</span>
        ) : (
          <span className="text-jade-700">{text.inStock}</span>
        )}
      </p>
      <div aria-live="polite">
        {state?.error && (
          <p role="alert" className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="cart-error">
            {text.errors[state.error]}
          </p>
        )}
        {state?.ok && (
          <p className="flex items-center justify-between rounded-lg bg-jade-50 p-3 text-sm text-jade-700" data-testid="added">
            {text.added}
            <Link href={`/${locale}/cart`} className="font-semibold underline">
              {text.viewCart}
            </Link>
          </p>
        )}
      </div>
    </form>
  )
}
