import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import { listCategories } from "@/lib/data/categories"

export const revalidate = 60

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params
  return { title: (await getTranslations({ locale, namespace: "nav" }))("categories") }
}

export default async function CategoriesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "nav" })
  const categories = await listCategories()
  return (
    <div className="container-page py-6">
      <h1 className="text-2xl font-bold">{t("categories")}</h1>
      <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {categories.map((c) => (
          <li key={c.id}>
            <Link href={`/categories/${c.handle}`} className="card block p-4 font-semibold hover:border-brand-600">
              {c.name}
              {c.description && <span className="mt-1 block text-sm font-normal text-muted">{c.description}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
