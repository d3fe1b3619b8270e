import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { formatCNY } from "@/lib/util/money"
import { IMAGE_SIZES, ProductImage } from "../products/ProductImage"
import { LineItemControls } from "./LineItemControls"

type Item = {
  id: string
  title?: string | null
  product_title?: string | null
  product_handle?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price?: number | null
  total?: number | null
  subtotal?: number | null
}

/** Line items of a cart (editable) or an order (read-only). */
export function ItemList({ items, locale, editable = false }: { items: Item[]; locale: Locale; editable?: boolean }) {
  return (
    <ul className="divide-y divide-stone-200" data-testid="line-items">
      {items.map((item) => {
        // The title the item was added in (the cart's locale, set when the cart was made).
        const title = item.product_title ?? item.title ?? ""
        const total = item.total ?? item.subtotal ?? (item.unit_price ?? 0) * item.quantity
        return (
          <li key={item.id} className="flex gap-3 py-3" data-testid="line-item">
            <div className="w-16 shrink-0 sm:w-20">
              <ProductImage src={item.thumbnail} alt={title} seed={item.product_handle ?? item.id} sizes={IMAGE_SIZES.line} />
            </div>
            <div className="min-w-0 flex-1 space-y-1">
              {item.product_handle ? (
                <Link href={`/products/${item.product_handle}`} className="line-clamp-2 font-medium hover:underline">
                  {title}
                </Link>
              ) : (
                <p className="line-clamp-2 font-medium">{title}</p>
              )}
              {item.variant_title && item.variant_title !== "Default" && <p className="text-sm text-muted">{item.variant_title}</p>}
              <p className="text-sm text-muted">
                {formatCNY(item.unit_price, locale)} × {item.quantity}
              </p>
              {editable && <LineItemControls lineId={item.id} quantity={item.quantity} title={title} />}
            </div>
            <p className="shrink-0 font-semibold">{formatCNY(total, locale)}</p>
          </li>
        )
      })}
    </ul>
  )
}
