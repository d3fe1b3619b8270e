import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getProductByHandle } from "@/lib/data/products"
import { formatCNY } from "@/lib/util/money"
import { minPrice, nameOf, originalPrice, stockState } from "@/lib/util/origin"
import { Breadcrumbs } from "@/modules/places/Breadcrumbs"
import { AddToCart, type VariantChoice } from "@/modules/products/AddToCart"
import { addToCartText } from "@/modules/products/add-to-cart-text"
import { OriginPanel } from "@/modules/products/OriginPanel"
import { IMAGE_SIZES, ProductImage } from "@/modules/products/ProductImage"

export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = Promise<{ locale: Locale; handle: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, handle } = await params
  // The catalogue is asked in the request's locale (lib/data/fetch.ts): set before the first read.
  setRequestLocale(locale)
  const product = await getProductByHandle(handle)
  if (!product) return {}
  return { title: product.title, description: (product.description ?? "").slice(0, 160) }
}

export default async function ProductPage({ params }: { params: Params }) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const product = await getProductByHandle(handle)
  if (!product) notFound()
  const t = await getTranslations({ locale, namespace: "product" })
  const common = await getTranslations({ locale, namespace: "common" })
  const nav = await getTranslations({ locale, namespace: "nav" })
  const title = product.title ?? ""
  const price = minPrice(product)
  const orig = originalPrice(product)
  const multi = (product.variants?.length ?? 0) > 1
  const images = (product.images ?? []).map((i) => i.url).filter(Boolean)
  const gallery = images.length ? images : [product.thumbnail]
  const variants: VariantChoice[] = [...(product.variants ?? [])]
    .sort((a, b) => (a.calculated_price?.calculated_amount ?? Infinity) - (b.calculated_price?.calculated_amount ?? Infinity))
    .map((v) => ({
    id: v.id,
    title: v.title ?? "",
    price: formatCNY(v.calculated_price?.calculated_amount, locale),
    stock: stockState(v),
    quantity: v.inventory_quantity ?? null,
  }))
  const category = product.categories?.[0]
  const description = product.description ?? ""

  return (
    <div className="container-page space-y-6 py-6">
      <Breadcrumbs
        items={[
          { href: "/products", label: nav("products") },
          ...(category ? [{ href: `/categories/${category.handle}`, label: category.name }] : []),
          { label: title },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          <ProductImage src={gallery[0]} alt={title} seed={product.county?.code ?? product.id} sizes={IMAGE_SIZES.page} priority />
          {gallery.length > 1 && (
            <ul className="grid grid-cols-4 gap-2">
              {gallery.slice(1, 5).map((src, i) => (
                <li key={i}>
                  <ProductImage src={src} alt={`${title} ${i + 2}`} seed={product.id + i} sizes={IMAGE_SIZES.gallery} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="space-y-5">
          <div>
            {product.county && (
              <Link href={`/counties/${product.county.code}`} className="text-sm font-medium text-brand-700 hover:underline">
                {nameOf(product.county.prefecture?.province, locale)} · {nameOf(product.county, locale)}
              </Link>
            )}
            <h1 className="mt-1 text-2xl font-bold sm:text-3xl" data-testid="product-title">
              {title}
            </h1>
            <p className="mt-3 text-2xl font-bold text-brand-700" data-testid="product-price">
              {price === null ? "—" : multi ? common("from", { price: formatCNY(price, locale) }) : formatCNY(price, locale)}
              {orig !== null && <span className="ml-2 text-base font-normal text-muted line-through">{formatCNY(orig, locale)}</span>}
            </p>
          </div>
          <AddToCart variants={variants} locale={locale} text={await addToCartText(locale)} />
          <OriginPanel product={product} locale={locale} />
        </div>
      </div>
      {description && (
        <section className="card p-4" aria-labelledby="desc">
          <h2 id="desc" className="text-lg font-bold">
            {t("description")}
          </h2>
          {description
            .split(/\n+/)
            .filter(Boolean)
            .map((para, i) => (
              <p key={i} className="mt-2 leading-relaxed">
                {para}
              </p>
            ))}
        </section>
      )}
      {product.county && (
        <Link href={`/counties/${product.county.code}`} className="btn-secondary">
          {t("moreFromCounty", { county: nameOf(product.county, locale) })}
        </Link>
      )}
    </div>
  )
}
