import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getOriginTree } from "@/lib/data/origins"
import { nameOf, specialtyOf } from "@/lib/util/origin"
import { findPrefecture } from "@/lib/util/places"
import { Breadcrumbs } from "@/modules/places/Breadcrumbs"

export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = Promise<{ locale: Locale; province: string; prefecture: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, prefecture } = await params
  // The catalogue is asked in the request's locale (lib/data/fetch.ts): set before the first read.
  setRequestLocale(locale)
  const found = findPrefecture(await getOriginTree(), prefecture)
  return { title: found ? nameOf(found.prefecture, locale) : undefined }
}

export default async function PrefecturePage({ params }: { params: Params }) {
  const { locale, province: provinceCode, prefecture: code } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "places" })
  const c = await getTranslations({ locale, namespace: "common" })
  const found = findPrefecture(await getOriginTree(), code)
  if (!found || found.province.code !== provinceCode) notFound()
  const { province, prefecture } = found
  return (
    <div className="container-page space-y-6 py-6">
      <Breadcrumbs
        items={[
          { href: "/places", label: t("title") },
          { href: `/places/${province.code}`, label: nameOf(province, locale) },
          { label: nameOf(prefecture, locale) },
        ]}
      />
      <header>
        <h1 className="text-2xl font-bold">{nameOf(prefecture, locale)}</h1>
        <p className="text-muted">
          {c("counties", { count: prefecture.county_count })} · {c("products", { count: prefecture.product_count })}
        </p>
      </header>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {prefecture.counties.map((cty) => (
          <li key={cty.code}>
            <Link href={`/counties/${cty.code}`} className="card block h-full p-4 hover:border-brand-600" data-testid="county-link">
              <p className="text-lg font-semibold">{nameOf(cty, locale)}</p>
              <p className="text-brand-700">{specialtyOf(cty, locale)}</p>
              <p className="text-sm text-muted">{cty.product_count ? c("products", { count: cty.product_count }) : t("noProducts")}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
