import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { listCategories } from "@/lib/data/categories"
import { getOriginTree } from "@/lib/data/origins"
import { searchProducts } from "@/lib/data/search"
import { parseListParams } from "@/lib/util/filters"
import { placeOptions } from "@/lib/util/places"
import { ListView } from "@/modules/products/ListView"

// Every search / filter combination is its own view: rendered per request from cached catalogue reads.
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "list" })
  const { q } = parseListParams(await searchParams)
  return { title: q ? t("searchTitle", { q }) : t("title") }
}

export default async function ProductsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const filters = parseListParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "list" })
  const [result, categories, tree] = await Promise.all([searchProducts(filters), listCategories(), getOriginTree()])
  return (
    <ListView
      locale={locale}
      basePath="/products"
      title={filters.q ? t("searchTitle", { q: filters.q }) : t("title")}
      params={filters}
      result={result}
      categories={categories}
      places={placeOptions(tree)}
    />
  )
}
