import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { retrieveOrder } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/session"
import { AccountNav } from "@/modules/account/AccountNav"
import { OrderSummary } from "@/modules/order/OrderSummary"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account" }))("orderDetail"), robots: { index: false } }
}

export default async function OrderDetailPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, `/account/orders/${id}`)
  const t = await getTranslations({ locale, namespace: "account" })
  const order = await retrieveOrder(id)
  if (!order || (order.customer_id && order.customer_id !== customer.id)) notFound()
  return (
    <div className="container-page space-y-6 py-6">
      <h1 className="text-2xl font-bold">
        {t("orderDetail")} #{order.display_id}
      </h1>
      <AccountNav locale={locale} current="/account/orders" />
      <OrderSummary order={order} locale={locale} />
      <Link href="/account/orders" className="text-sm text-brand-700 underline">
        {t("backToOrders")}
      </Link>
    </div>
  )
}
