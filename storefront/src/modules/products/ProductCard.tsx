import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import type { Product } from "@onecounty/contracts/storefront"
import { formatCNY } from "@/lib/util/money"
import { certificationStatus, minPrice, nameOf } from "@/lib/util/origin"
import { ProductImage } from "./ProductImage"

export type CardLabels = { from: (price: string) => string; certified: string }

export function ProductCard({ product, locale, labels, priority = false }: { product: Product; locale: Locale; labels: CardLabels; priority?: boolean }) {
  // In the page's language: the catalogue is asked for it (lib/data/fetch.ts).
  const title = product.title ?? ""
  const price = minPrice(product)
  const multi = (product.variants?.length ?? 0) > 1
  const county = product.county
  const province = county?.prefecture?.province
  const certified = certificationStatus(product.certification) === "valid"
  return (
    <li className="card flex flex-col overflow-hidden" data-testid="product-card">
      <Link href={`/products/${product.handle}`} className="group flex flex-1 flex-col p-2">
        <ProductImage src={product.thumbnail} alt={title} seed={county?.code ?? product.id} priority={priority} />
        <div className="flex flex-1 flex-col px-1 pb-1 pt-2">
          <h3 className="line-clamp-2 text-sm font-semibold leading-snug group-hover:text-brand-700 sm:text-base">{title}</h3>
          {county && (
            <p className="mt-1 line-clamp-1 text-xs text-muted">
              {[nameOf(province, locale), nameOf(county, locale)].filter(Boolean).join(" · ")}
            </p>
          )}
          <div className="mt-auto flex items-center justify-between gap-2 pt-2">
            <span className="font-bold text-brand-700">
              {price === null ? "—" : multi ? labels.from(formatCNY(price, locale)) : formatCNY(price, locale)}
            </span>
            {certified && (
              <span className="rounded bg-jade-50 px-1.5 py-0.5 text-xs font-medium text-jade-700">{labels.certified}</span>
            )}
          </div>
        </div>
      </Link>
    </li>
  )
}

export function ProductGrid({ products, locale, labels, priorityCount = 0 }: { products: Product[]; locale: Locale; labels: CardLabels; priorityCount?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="product-grid">
      {products.map((p, i) => (
        <ProductCard key={p.id} product={p} locale={locale} labels={labels} priority={i < priorityCount} />
      ))}
    </ul>
  )
}
