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
  return { title: (await getTranslations({ locale, namespace: "account" }))("title"), robots: { index: false } }
}

export default async function AccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, "/account")
  const t = await getTranslations({ locale, namespace: "account" })
  const format = await getFormatter({ locale })
  const { orders } = await listOrders(3)
  const name = [customer.last_name, customer.first_name].filter(Boolean).join(locale === "zh" ? "" : " ") || customer.email
  return (
    <div className="container-page space-y-6 py-6">
      <h1 className="text-2xl font-bold" data-testid="account-hello">
        {t("hello", { name })}
      </h1>
      <AccountNav locale={locale} current="/account" />
      <section aria-labelledby="recent-orders" className="space-y-2">
        <h2 id="recent-orders" className="text-lg font-bold">
          {t("orders")}
        </h2>
        {orders.length ? (
          <ul className="space-y-2">
            {orders.map((o) => (
              <li key={o.id}>
                <Link href={`/account/orders/${o.id}`} className="card flex justify-between p-3 hover:border-brand-600">
                  <span>
                    #{o.display_id} · {format.dateTime(new Date(o.created_at ?? 0), { dateStyle: "medium" })}
                  </span>
                  <span className="font-semibold">{formatCNY(o.total, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("noOrders")}</p>
        )}
      </section>
    </div>
  )
}
