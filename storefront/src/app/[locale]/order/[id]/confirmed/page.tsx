import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrder } from "@/lib/data/orders"
import { listProductsByIds } from "@/lib/data/products"
import { nameOf } from "@/lib/util/origin"
import { CheckIcon } from "@/modules/common/icons"
import { OrderSummary } from "@/modules/order/OrderSummary"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "order" }))("confirmedTitle"), robots: { index: false } }
}

export default async function OrderConfirmed({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "order" })
  const order = await retrieveOrder(id)
  if (!order) notFound()
  const [customer, products] = await Promise.all([
    retrieveCustomer(),
    listProductsByIds(
      [...new Set((order.items ?? []).map((i) => i.product_id).filter(Boolean) as string[])],
      "id",
      ["county.code", "county.name_zh", "county.name_en"]
    ),
  ])
  const counties = [...new Map(products.filter((p) => p.county).map((p) => [p.county!.code, p.county!])).values()]
  return (
    <div className="container-page space-y-6 py-6" data-testid="order-confirmed">
      <header className="card flex items-start gap-3 border-jade-600 bg-jade-50 p-4">
        <span className="rounded-full bg-jade-600 p-1 text-white">
          <CheckIcon />
        </span>
        <div>
          <h1 className="text-xl font-bold">{t("confirmedTitle")}</h1>
          <p className="mt-1">{t("confirmedText", { id: order.display_id ?? order.id, email: order.email ?? "" })}</p>
          {counties.length > 0 && (
            <p className="mt-2 text-sm">
              {t("impactNote")}{" "}
              {counties.map((c, i) => (
                <span key={c.code}>
                  {i > 0 && "、"}
                  <Link href={`/counties/${c.code}`} className="font-medium text-brand-700 underline">
                    {nameOf(c, locale)}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </div>
      </header>
      <OrderSummary order={order} locale={locale} />
      <div className="flex flex-wrap gap-3">
        {customer && (
          <Link href="/account/orders" className="btn-primary">
            {t("viewOrders")}
          </Link>
        )}
        <Link href="/products" className="btn-secondary">
          {t("keepShopping")}
        </Link>
      </div>
    </div>
  )
}
