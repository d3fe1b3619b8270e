import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getMyImpact } from "@/lib/data/impact"
import { requireCustomer } from "@/lib/data/session"
import { formatCNY } from "@/lib/util/money"
import { nameOf } from "@/lib/util/origin"
import { AccountNav } from "@/modules/account/AccountNav"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "impact" }))("title"), robots: { index: false } }
}

export default async function ImpactPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireCustomer(locale, "/account/impact")
  const t = await getTranslations({ locale, namespace: "impact" })
  const impact = await getMyImpact()
  const max = Math.max(1, ...impact.counties.map((c) => c.amount))
  return (
    <div className="container-page space-y-6 py-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <AccountNav locale={locale} current="/account/impact" />
      {impact.counties.length === 0 ? (
        <p className="card p-6 text-muted" data-testid="impact-empty">
          {t("none")}
        </p>
      ) : (
        <>
          <div className="card flex flex-wrap items-baseline gap-x-6 gap-y-1 p-4">
            <p>
              <span className="text-muted">{t("total")} </span>
              <strong className="text-2xl text-brand-700" data-testid="impact-total">
                {formatCNY(impact.total, locale)}
              </strong>
            </p>
            <p className="text-muted">{t("counties", { count: impact.counties.length })}</p>
          </div>
          <p className="text-sm text-muted">{t("intro", { year: impact.year })}</p>
          <ul className="space-y-2" data-testid="impact-list">
            {impact.counties.map((row) => (
              <li key={row.county.code} className="card p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/counties/${row.county.code}`} className="font-semibold text-brand-700 hover:underline">
                    {nameOf(row.county, locale)} <span className="text-sm font-normal text-muted">{nameOf(row.county.province, locale)}</span>
                  </Link>
                  <span className="font-bold" data-testid="impact-amount">
                    {formatCNY(row.amount, locale)}
                  </span>
                </div>
                <div className="mt-2 h-2 rounded bg-stone-100" aria-hidden="true">
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${(row.amount / max) * 100}%` }} />
                </div>
                <p className="mt-1 text-xs text-muted">
                  {t("quantity")} {row.quantity} · {t("orders")} {row.orders}
                </p>
              </li>
            ))}
          </ul>
          {impact.unattributed > 0 && <p className="text-sm text-muted">{t("unattributed", { amount: formatCNY(impact.unattributed, locale) })}</p>}
        </>
      )}
    </div>
  )
}
