"use client"

import { useEffect, useState } from "react"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { CartIcon } from "../common/icons"

export const CART_EVENT = "oc:cart"
const COOKIE = "oc_cart_n"

export function readCartCount(cookie: string): number {
  const m = cookie.match(/(?:^|;\s*)oc_cart_n=(\d+)/)
  return m ? Number(m[1]) : 0
}

/** Announces a new cart count to the header (the server also sets the oc_cart_n cookie). */
export function announceCartCount(count: number) {
  window.dispatchEvent(new CustomEvent(CART_EVENT, { detail: count }))
}

/**
 * Reads the cart size from a cookie so that catalogue pages stay static and cacheable. Its words
 * come from the server (`label` with `{count}`), so that the header needs no translation runtime.
 */
export function CartBadge({ locale, label }: { locale: string; label: string }) {
  const [count, setCount] = useState(0)
  const pathname = usePathname()
  // After every navigation (e.g. the redirect that follows placing an order) the cookie is current.
  useEffect(() => setCount(readCartCount(document.cookie)), [pathname])
  useEffect(() => {
    const onChange = (e: Event) => {
      const n = (e as CustomEvent<number>).detail
      setCount(typeof n === "number" ? n : readCartCount(document.cookie))
    }
    const onFocus = () => setCount(readCartCount(document.cookie))
    window.addEventListener(CART_EVENT, onChange)
    window.addEventListener("focus", onFocus)
    return () => {
      window.removeEventListener(CART_EVENT, onChange)
      window.removeEventListener("focus", onFocus)
    }
  }, [])
  return (
    <Link
      href={`/${locale}/cart`}
      className="relative inline-flex h-11 w-11 items-center justify-center rounded-lg hover:bg-stone-100"
      aria-label={label.replace("{count}", String(count))}
      data-testid="cart-link"
    >
      <CartIcon />
      {count > 0 && (
        <span
          className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-brand-600 px-1 text-center text-xs font-bold leading-5 text-white"
          data-testid="cart-count"
          aria-hidden="true"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  )
}

export { COOKIE as CART_COUNT_COOKIE }
