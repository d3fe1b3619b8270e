import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { retrieveCart } from "@/lib/data/cart"
import { ItemList } from "@/modules/cart/ItemList"
import { Totals } from "@/modules/cart/Totals"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "cart" }))("title"), robots: { index: false } }
}

export default async function CartPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "cart" })
  const cart = await retrieveCart()
  const items = cart?.items ?? []
  return (
    <div className="container-page py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {!cart || items.length === 0 ? (
        <div className="card mt-4 p-6" data-testid="empty-cart">
          <p>{t("empty")}</p>
          <Link href="/products" className="btn-primary mt-4">
            {t("continue")}
          </Link>
        </div>
      ) : (
        <div className="mt-4 grid gap-6 md:grid-cols-[1fr_20rem]">
          <section className="card px-4">
            <ItemList items={[...items].sort((a, b) => (a.created_at ?? "") < (b.created_at ?? "") ? -1 : 1)} locale={locale} editable />
          </section>
          <aside className="card h-fit space-y-4 p-4">
            <Totals totals={cart} locale={locale} showShippingHint />
            <Link href="/checkout" className="btn-primary w-full" data-testid="checkout-link">
              {t("checkout")}
            </Link>
            <Link href="/products" className="block text-center text-sm text-brand-700 underline">
              {t("continue")}
            </Link>
          </aside>
        </div>
      )}
    </div>
  )
}
