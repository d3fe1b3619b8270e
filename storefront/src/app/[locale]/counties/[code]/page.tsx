import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { getCounty } from "@/lib/data/origins"
import { listProductsByIds } from "@/lib/data/products"
import { districtOf, nameOf, specialtyOf } from "@/lib/util/origin"
import { cardLabels } from "@/modules/common/labels"
import { PinIcon } from "@/modules/common/icons"
import { Breadcrumbs } from "@/modules/places/Breadcrumbs"
import { ProductGrid } from "@/modules/products/ProductCard"

export const revalidate = 60
export function generateStaticParams() {
  return []
}

type Params = Promise<{ locale: Locale; code: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, code } = await params
  // The catalogue is asked in the request's locale (lib/data/fetch.ts): set before the first read.
  setRequestLocale(locale)
  const county = await getCounty(code)
  if (!county) return {}
  return { title: nameOf(county, locale), description: specialtyOf(county, locale) }
}

export default async function CountyPage({ params }: { params: Params }) {
  const { locale, code } = await params
  setRequestLocale(locale)
  const county = await getCounty(code)
  if (!county) notFound()
  const [t, places, labels, format, products] = await Promise.all([
    getTranslations({ locale, namespace: "county" }),
    getTranslations({ locale, namespace: "places" }),
    cardLabels(locale),
    getFormatter({ locale }),
    listProductsByIds(county.products.map((p) => p.id)),
  ])
  const province = county.prefecture.province
  // story: asked in the page's locale (Translation Module); the stored columns where the store sent none.
  const story = (county.story || (locale === "en" ? county.story_en || county.story_zh : county.story_zh || county.story_en)) ?? ""
  const pairing = county.current_pairing
  return (
    <div className="container-page space-y-6 py-6">
      <Breadcrumbs
        items={[
          { href: "/places", label: places("title") },
          { href: `/places/${province.code}`, label: nameOf(province, locale) },
          { href: `/places/${province.code}/${county.prefecture.code}`, label: nameOf(county.prefecture, locale) },
          { label: nameOf(county, locale) },
        ]}
      />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl" data-testid="county-title">
          {nameOf(county, locale)}
        </h1>
        <p className="flex items-center gap-1 text-muted">
          <PinIcon width={16} height={16} />
          {nameOf(province, locale)} · {nameOf(county.prefecture, locale)}
        </p>
      </header>

      <div className="grid gap-4 md:grid-cols-3">
        <section className="card p-4 md:col-span-2" aria-labelledby="story">
          <h2 id="story" className="font-bold">
            {t("story")}
          </h2>
          {story
            .split(/\n+/)
            .filter(Boolean)
            .map((para, i) => (
              <p key={i} className="mt-2 leading-relaxed text-ink">
                {para}
              </p>
            ))}
        </section>
        <aside className="space-y-3">
          <div className="card p-4">
            <h2 className="text-sm text-muted">{t("specialty")}</h2>
            <p className="text-lg font-semibold text-brand-700">{specialtyOf(county, locale)}</p>
          </div>
          <div className="card p-4" data-testid="partner-district">
            <h2 className="text-sm text-muted">{t("partner")}</h2>
            {pairing ? (
              <>
                <p className="text-lg font-semibold">{districtOf(pairing, locale)}</p>
                <p className="text-sm text-muted">
                  {t.has(`relation.${pairing.relation_type}`) ? t(`relation.${pairing.relation_type}` as "relation.east_west") : pairing.relation_type} ·{" "}
                  {t("since", { date: format.dateTime(new Date(pairing.valid_from), { year: "numeric", month: "long" }) })}
                </p>
              </>
            ) : (
              <p>{t("noPartner")}</p>
            )}
          </div>
        </aside>
      </div>

      <section aria-labelledby="county-products" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="county-products" className="text-xl font-bold">
            {t("products")}
          </h2>
          {products.length > 0 && (
            <Link href={`/products?county=${county.code}`} className="text-sm font-medium text-brand-700 hover:underline">
              {places("showProducts", { name: nameOf(county, locale) })}
            </Link>
          )}
        </div>
        {products.length ? <ProductGrid products={products} locale={locale} labels={labels} priorityCount={2} /> : <p className="text-muted">{t("noProducts")}</p>}
      </section>
    </div>
  )
}
