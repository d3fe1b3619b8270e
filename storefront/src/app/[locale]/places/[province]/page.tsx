import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getOriginTree } from "@/lib/data/origins"
import { nameOf, specialtyOf } from "@/lib/util/origin"
import { findProvince } from "@/lib/util/places"
import { Breadcrumbs } from "@/modules/places/Breadcrumbs"
import { RegionMap } from "@/modules/places/RegionMap"

export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = Promise<{ locale: Locale; province: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, province } = await params
  // The catalogue is asked in the request's locale (lib/data/fetch.ts): set before the first read.
  setRequestLocale(locale)
  const p = findProvince(await getOriginTree(), province)
  return { title: p ? nameOf(p, locale) : undefined }
}

export default async function ProvincePage({ params }: { params: Params }) {
  const { locale, province: code } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "places" })
  const c = await getTranslations({ locale, namespace: "common" })
  const province = findProvince(await getOriginTree(), code)
  if (!province) notFound()
  return (
    <div className="container-page space-y-6 py-6">
      <Breadcrumbs items={[{ href: "/places", label: t("title") }, { label: nameOf(province, locale) }]} />
      <header>
        <h1 className="text-2xl font-bold">{nameOf(province, locale)}</h1>
        <p className="text-muted">
          {t("prefectures", { count: province.prefectures.length })} · {c("counties", { count: province.county_count })} · {c("products", { count: province.product_count })}
        </p>
      </header>
      <RegionMap provinces={[province]} only={province.code} locale={locale} />
      {province.prefectures.map((pf) => (
        <section key={pf.code} aria-labelledby={`pf-${pf.code}`}>
          <h2 id={`pf-${pf.code}`} className="text-lg font-bold">
            <Link href={`/places/${province.code}/${pf.code}`} className="hover:underline">
              {nameOf(pf, locale)}
            </Link>{" "}
            <span className="text-sm font-normal text-muted">{c("counties", { count: pf.county_count })}</span>
          </h2>
          <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {pf.counties.map((cty) => (
              <li key={cty.code}>
                <Link href={`/counties/${cty.code}`} className="card block h-full p-3 hover:border-brand-600" data-testid="county-link">
                  <p className="font-semibold">{nameOf(cty, locale)}</p>
                  <p className="line-clamp-1 text-sm text-brand-700">{specialtyOf(cty, locale)}</p>
                  <p className="text-xs text-muted">{cty.product_count ? c("products", { count: cty.product_count }) : t("noProducts")}</p>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
