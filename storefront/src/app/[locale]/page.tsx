import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { listCategories } from "@/lib/data/categories"
import { getOriginTree } from "@/lib/data/origins"
import { listLatestProducts, pickFeatured } from "@/lib/data/products"
import { getPublicStats } from "@/lib/data/stats"
import { nameOf, specialtyOf } from "@/lib/util/origin"
import { cardLabels } from "@/modules/common/labels"
import { PublicCounter } from "@/modules/home/PublicCounter"
import { RegionMap } from "@/modules/places/RegionMap"
import { ProductGrid } from "@/modules/products/ProductCard"
import { featuredCounties } from "@/lib/util/places"

export const revalidate = 60

export default async function Home({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "home" })
  const [tree, products, categories, stats, labels] = await Promise.all([
    getOriginTree(),
    listLatestProducts(100),
    listCategories(),
    getPublicStats(),
    cardLabels(locale),
  ])
  const countyCount = tree.provinces.reduce((n, p) => n + p.county_count, 0)
  const counties = featuredCounties(tree, 6)
  const featured = pickFeatured(products, 8)

  return (
    <>
      <section className="bg-gradient-to-br from-brand-700 to-brand-800 text-white">
        <div className="container-page py-8 sm:py-14">
          <h1 className="text-2xl font-bold sm:text-4xl">{t("heroTitle")}</h1>
          <p className="mt-3 max-w-2xl text-base text-white/90 sm:text-lg">{t("heroText", { counties: countyCount })}</p>
          <div className="mt-5 flex flex-wrap gap-3">
            <Link href="/products" className="btn bg-white text-brand-700 hover:bg-brand-50">
              {t("shopNow")}
            </Link>
            <Link href="/places" className="btn border border-white/70 text-white hover:bg-white/10">
              {t("browsePlaces")}
            </Link>
          </div>
          <PublicCounter stats={stats} countyCount={countyCount} locale={locale} />
        </div>
      </section>

      <div className="container-page space-y-10 py-8">
        <section aria-labelledby="featured-counties">
          <h2 id="featured-counties" className="text-xl font-bold">
            {t("featuredCounties")}
          </h2>
          <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
            {counties.map(({ county, province }) => (
              <li key={county.code}>
                <Link href={`/counties/${county.code}`} className="card block h-full p-3 hover:border-brand-600" data-testid="featured-county">
                  <p className="text-xs text-muted">{nameOf(province, locale)}</p>
                  <p className="font-semibold">{nameOf(county, locale)}</p>
                  <p className="mt-1 line-clamp-2 text-sm text-brand-700">{specialtyOf(county, locale)}</p>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="featured-products">
          <div className="flex items-baseline justify-between">
            <h2 id="featured-products" className="text-xl font-bold">
              {t("featuredProducts")}
            </h2>
            <Link href="/products" className="text-sm font-medium text-brand-700 hover:underline">
              {(await getTranslations({ locale, namespace: "common" }))("viewAll")}
            </Link>
          </div>
          <div className="mt-4">
            <ProductGrid products={featured} locale={locale} labels={labels} priorityCount={2} />
          </div>
        </section>

        <section aria-labelledby="home-categories">
          <h2 id="home-categories" className="text-xl font-bold">
            {t("categories")}
          </h2>
          <ul className="mt-4 flex flex-wrap gap-2">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/categories/${c.handle}`} className="chip">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="home-regions" className="space-y-2">
          <h2 id="home-regions" className="text-xl font-bold">
            {t("regionsTitle")}
          </h2>
          <p className="text-sm text-muted">{t("regionsText")}</p>
          <RegionMap provinces={tree.provinces} locale={locale} />
        </section>
      </div>
    </>
  )
}
