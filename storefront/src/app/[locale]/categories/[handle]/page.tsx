import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { getOriginTree } from "@/lib/data/origins"
import { searchProducts } from "@/lib/data/search"
import { parseListParams } from "@/lib/util/filters"
import { placeOptions } from "@/lib/util/places"
import { ListView } from "@/modules/products/ListView"

// Every search / filter combination is its own view: rendered per request from cached catalogue reads.
export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ locale: Locale; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  // The catalogue is asked in the request's locale (lib/data/fetch.ts): set before the first read.
  setRequestLocale(locale)
  const category = await getCategoryByHandle(handle)
  return { title: category?.name }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const category = await getCategoryByHandle(handle)
  if (!category) notFound()
  const filters = { ...parseListParams(await searchParams), category: handle }
  const [result, categories, tree] = await Promise.all([searchProducts(filters), listCategories(), getOriginTree()])
  return (
    <ListView
      locale={locale}
      basePath={`/categories/${handle}`}
      title={category.name}
      params={filters}
      result={result}
      categories={categories}
      places={placeOptions(tree)}
      fixedCategory={handle}
    />
  )
}
