"use client"

import { useCallback, useEffect, useMemo, useRef, useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import { addToCart, isPriced, type Cart } from "@/lib/kiosk/cart"
import { createWedgeReader, type ScanOutcome } from "@/lib/kiosk/scanner"
import { cacheThumbnails } from "@/lib/kiosk/thumbnails"
import type { CatalogueProduct, PaymentInput, PricedVariant } from "@/lib/kiosk/types"
import { isValidEan13 } from "@/lib/util/ean13"
import { formatFen } from "@/lib/util/money"
import { CameraScanner } from "./CameraScanner"
import { CartPanel } from "./CartPanel"
import { inLocale, useKiosk } from "./context"
import { useErrorText } from "./errors"
import { PaymentPanel } from "./PaymentPanel"
import { ProductThumb } from "./ProductThumb"

type Tile = { product: CatalogueProduct; variant: PricedVariant }

const isField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName))

/** Product grid by category and search, barcodes from a wedge scanner or the camera, basket and payment. */
export function SellView({ cart, onCart, onSold }: { cart: Cart; onCart: (c: Cart) => void; onSold: () => void }) {
  const t = useTranslations("kiosk.sell")
  const format = useFormatter()
  const errorText = useErrorText()
  const { catalogue, locale, online, recordSale } = useKiosk()
  const [category, setCategory] = useState<string | null>(null)
  const [query, setQuery] = useState("")
  const [camera, setCamera] = useState(false)
  const [notice, setNotice] = useState<{ text: string; bad: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const cartRef = useRef(cart)
  cartRef.current = cart

  // A variant without a price today cannot be sold at the counter, so it gets no tile.
  const tiles = useMemo<Tile[]>(
    () => (catalogue?.products ?? []).flatMap((product) => product.variants.filter(isPriced).map((variant) => ({ product, variant }))),
    [catalogue]
  )
  const byBarcode = useMemo(() => new Map(tiles.filter((x) => x.variant.barcode).map((x) => [x.variant.barcode!, x])), [tiles])
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    return tiles.filter(({ product, variant }) => {
      if (category && !product.category_ids.includes(category)) return false
      if (!q) return true
      return [product.title, product.title_en, product.county?.name, product.county?.name_en, variant.title, variant.sku, variant.barcode].some((s) => s?.toLowerCase().includes(q))
    })
  }, [tiles, category, query])

  // Whenever the catalogue the device sells from changes, its thumbnails are kept beside it.
  useEffect(() => {
    if (catalogue && online) void cacheThumbnails(catalogue.products.map((p) => p.thumbnail))
  }, [catalogue, online])

  const scanned = useCallback(
    (outcome: ScanOutcome) => {
      if (outcome.kind === "bad-check-digit") return setNotice({ text: t("badCheckDigit", { code: outcome.code }), bad: true })
      const hit = byBarcode.get(outcome.code)
      if (!hit) return setNotice({ text: t("unknownCode", { code: outcome.code }), bad: true })
      onCart(addToCart(cartRef.current, hit.product, hit.variant))
      setNotice({ text: t("scanned", { title: inLocale(hit.product.title, hit.product.title_en, locale) }), bad: false })
    },
    [byBarcode, locale, onCart, t]
  )

  useEffect(() => {
    const onKey = createWedgeReader(scanned)
    const listener = (e: KeyboardEvent) => {
      // Enter would also press the focused tile: the scan consumes it.
      if (onKey(e.key, e.timeStamp, isField(e.target))) e.preventDefault()
    }
    window.addEventListener("keydown", listener, true)
    return () => window.removeEventListener("keydown", listener, true)
  }, [scanned])

  const pay = async (payment: PaymentInput, override?: { manager_pin: string; reason: string }) => {
    setBusy(true)
    try {
      await recordSale(cart, payment, override)
      onSold()
    } catch (e) {
      setNotice({ text: errorText(e), bad: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="grid grid-cols-1 gap-4 p-4 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <section className="space-y-3" aria-label={t("search")}>
        <div className="flex gap-2">
          <input
            type="search"
            className="min-h-14 flex-1 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg"
            placeholder={t("search")}
            aria-label={t("search")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              const code = query.trim()
              if (e.key === "Enter" && /^\d{8,14}$/.test(code)) {
                scanned(isValidEan13(code) ? { kind: "ean", code } : { kind: "bad-check-digit", code })
                setQuery("")
              }
            }}
            data-testid="kiosk-search"
          />
          <button type="button" className="min-h-14 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg font-semibold" onClick={() => setCamera(!camera)} data-testid="camera-toggle">
            {camera ? t("stopScan") : t("scan")}
          </button>
        </div>
        {camera && <CameraScanner onCode={(code) => scanned(isValidEan13(code) ? { kind: "ean", code } : { kind: "bad-check-digit", code })} onClose={() => setCamera(false)} />}
        {notice && (
          <p role="status" data-testid="scan-notice" className={`rounded-lg px-3 py-2 text-lg ${notice.bad ? "bg-brand-50 text-brand-800" : "bg-jade-50 text-jade-700"}`}>
            {notice.text}
          </p>
        )}
        <div className="flex gap-2 overflow-x-auto pb-1" role="tablist">
          {[{ id: null as string | null, name: t("all"), name_en: undefined as string | undefined }, ...(catalogue?.categories ?? [])].map((c) => (
            <button
              key={c.id ?? "all"}
              type="button"
              role="tab"
              aria-selected={category === c.id}
              onClick={() => setCategory(c.id)}
              className={`min-h-12 shrink-0 rounded-full border-2 px-4 font-medium ${category === c.id ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white"}`}
            >
              {inLocale(c.name, c.name_en, locale)}
            </button>
          ))}
        </div>
        {!catalogue && <p className="text-brand-800">{t("noCatalogue")}</p>}
        {catalogue && (
          <p className="text-xs text-muted">{t("catalogueFrom", { time: format.dateTime(new Date(catalogue.generated_at), { dateStyle: "short", timeStyle: "short" }) })}</p>
        )}
        {catalogue && shown.length === 0 && <p>{t("noProducts")}</p>}
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-4" data-testid="product-grid">
          {shown.map(({ product, variant }) => (
            <li key={variant.id}>
              <button
                type="button"
                data-testid="product-tile"
                data-barcode={variant.barcode ?? ""}
                onClick={() => onCart(addToCart(cart, product, variant))}
                className="flex min-h-28 w-full items-start gap-3 rounded-xl border-2 border-stone-200 bg-white p-3 text-left active:border-brand-600 active:bg-brand-50"
              >
                <ProductThumb src={product.thumbnail} title={product.title} seed={product.county?.code ?? product.id} />
                <span className="flex min-h-22 min-w-0 flex-1 flex-col justify-between">
                  <span className="font-semibold leading-snug">{inLocale(product.title, product.title_en, locale)}</span>
                  <span className="text-sm text-muted">
                    {product.variants.length > 1 ? `${variant.title} · ` : ""}
                    {product.county && inLocale(product.county.name, product.county.name_en, locale)}
                  </span>
                  <span className="flex w-full flex-wrap items-baseline justify-between gap-x-2">
                    <span className="text-lg font-bold tabular-nums">{formatFen(variant.unit_price, locale)}</span>
                    {variant.stock !== null && (
                      <span className={`whitespace-nowrap text-xs ${variant.stock > 0 ? "text-muted" : "text-brand-700"}`}>{t("stock", { count: variant.stock })}</span>
                    )}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <aside className="space-y-4 self-start rounded-2xl bg-white p-4 shadow lg:sticky lg:top-2">
        <CartPanel cart={cart} onChange={onCart} />
        {cart.lines.length > 0 && <PaymentPanel cart={cart} onPay={(p, o) => void pay(p, o)} busy={busy} />}
      </aside>
    </div>
  )
}
