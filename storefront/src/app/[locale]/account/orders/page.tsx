import type { Metadata } from "next"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { listOrders } from "@/lib/data/orders"
import { requireCustomer } from "@/lib/data/session"
import { formatCNY } from "@/lib/util/money"
import { AccountNav } from "@/modules/account/AccountNav"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "account" }))("orders"), robots: { index: false } }
}

export default async function OrdersPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, "/account/orders")
  const t = await getTranslations({ locale, namespace: "account" })
  const o = await getTranslations({ locale, namespace: "order" })
  const l = await getTranslations({ locale, namespace: "list" })
  const format = await getFormatter({ locale })
  const page = Math.max(1, Number((await searchParams).page) || 1)
  const { orders, count } = await listOrders(20, (page - 1) * 20)
  const pages = Math.max(1, Math.ceil(count / 20))
  return (
    <div className="container-page space-y-6 py-6">
      <h1 className="text-2xl font-bold">{t("orders")}</h1>
      <AccountNav locale={locale} current="/account/orders" />
      {orders.length ? (
        <ul className="space-y-3" data-testid="order-list">
          {orders.map((order) => {
            const items = order.items ?? []
            const qty = items.reduce((n, i) => n + i.quantity, 0)
            return (
              <li key={order.id}>
                <Link href={`/account/orders/${order.id}`} className="card block p-4 hover:border-brand-600" data-testid="order-row">
                  <div className="flex flex-wrap justify-between gap-2">
                    <span className="font-semibold">
                      {o("number")} #{order.display_id}
                    </span>
                    <span className="font-bold text-brand-700">{formatCNY(order.total, locale)}</span>
                  </div>
                  <p className="text-sm text-muted">
                    {format.dateTime(new Date(order.created_at ?? 0), { dateStyle: "medium", timeStyle: "short" })} · {t("orderItems", { count: qty })} ·{" "}
                    {o.has(`statuses.${order.status}`) ? o(`statuses.${order.status}` as "statuses.pending") : order.status}
                  </p>
                  <p className="mt-1 line-clamp-1 text-sm">{items.map((i) => i.product_title).join("、")}</p>
                </Link>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="text-muted">{t("noOrders")}</p>
      )}
      {pages > 1 && (
        <nav className="flex justify-between" aria-label={l("page", { page, pages })}>
          {page > 1 ? <Link className="btn-secondary" href={`/account/orders?page=${page - 1}`}>{l("prev")}</Link> : <span />}
          {page < pages ? <Link className="btn-secondary" href={`/account/orders?page=${page + 1}`}>{l("next")}</Link> : <span />}
        </nav>
      )}
    </div>
  )
}
