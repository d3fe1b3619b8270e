import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getOriginTree } from "@/lib/data/origins"
import { nameOf } from "@/lib/util/origin"
import { OriginsMapCard } from "@/modules/places/OriginsMapCard"
import { RegionMap } from "@/modules/places/RegionMap"

export const revalidate = 60

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "places" })
  return { title: t("title") }
}

export default async function Places({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "places" })
  const c = await getTranslations({ locale, namespace: "common" })
  const tree = await getOriginTree()
  return (
    <div className="container-page space-y-6 py-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="province-list">
        {tree.provinces.map((p) => (
          <li key={p.code}>
            <Link href={`/places/${p.code}`} className="card block h-full p-4 hover:border-brand-600">
              <p className="text-lg font-semibold">{nameOf(p, locale)}</p>
              <p className="text-sm text-muted">
                {t("prefectures", { count: p.prefectures.length })} · {c("counties", { count: p.county_count })} · {c("products", { count: p.product_count })}
              </p>
            </Link>
          </li>
        ))}
      </ul>
      <OriginsMapCard provinces={tree.provinces} locale={locale} />
      <RegionMap provinces={tree.provinces} locale={locale} />
    </div>
  )
}
