import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import type { Named } from "@onecounty/contracts/store"
import type { Category } from "@onecounty/contracts/storefront"
import { listQuery, SORT_KEYS, type ListParams, type ListResult } from "@/lib/util/filters"
import { formatCNY } from "@/lib/util/money"
import { nameOf } from "@/lib/util/origin"
import { cardLabels } from "../common/labels"
import { AutoSubmit } from "./AutoSubmit"
import { ProductGrid } from "./ProductCard"

type Props = {
  locale: Locale
  /** Path without the locale prefix, e.g. /products (links add the locale). */
  basePath: string
  title: string
  params: ListParams
  result: ListResult
  categories: Category[]
  places: { provinces: Named[]; counties: (Named & { province: string })[] }
  /** Category pages fix the category: it is not offered as a filter. */
  fixedCategory?: string
}

/** Product list with search, sort, filters (a plain GET form: every state is a URL) and paging. */
export async function ListView({ locale, basePath, title, params, result, categories, places, fixedCategory }: Props) {
  const t = await getTranslations({ locale, namespace: "list" })
  const labels = await cardLabels(locale)
  const count = (facet: { value: string; count: number }[], v: string) => facet.find((f) => f.value === v)?.count ?? 0
  const provinceName = (code: string) => nameOf(places.provinces.find((p) => p.code === code), locale) || code
  const countyName = (code: string) => nameOf(places.counties.find((p) => p.code === code), locale) || code
  const catName = (handle: string) => categories.find((c) => c.handle === handle)?.name || handle
  const counties = places.counties.filter((c) => !params.province || c.province === params.province)
  const base: ListParams = fixedCategory ? { ...params, category: undefined } : params
  const href = (over: Partial<Record<keyof ListParams, unknown>>) => `${basePath}${listQuery(base, { page: undefined, ...over })}`

  const active: { key: keyof ListParams; label: string }[] = []
  if (params.q) active.push({ key: "q", label: `“${params.q}”` })
  if (params.category && !fixedCategory) active.push({ key: "category", label: catName(params.category) })
  if (params.province) active.push({ key: "province", label: provinceName(params.province) })
  if (params.county) active.push({ key: "county", label: countyName(params.county) })
  if (params.min !== undefined) active.push({ key: "min", label: `≥ ${formatCNY(params.min, locale)}` })
  if (params.max !== undefined) active.push({ key: "max", label: `≤ ${formatCNY(params.max, locale)}` })
  if (params.certified) active.push({ key: "certified", label: t("certified") })
  const filterCount = active.filter((a) => a.key !== "q").length

  return (
    <div className="container-page py-6">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-sm text-muted" data-testid="result-count" aria-live="polite">
          {t("results", { count: result.count })}
        </p>
      </header>
      {params.q && result.correctedTo && (
        <p className="mt-1 text-sm text-muted" data-testid="corrected">
          {t("corrected", { q: params.q, terms: result.correctedTo })}
        </p>
      )}
      {params.q && result.engine === "fallback" && <p className="mt-1 text-xs text-muted">{t("searchNote")}</p>}

      <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
        <form action={`/${locale}${basePath}`} method="get" className="space-y-4" aria-label={t("filters")} data-testid="filters">
          <AutoSubmit />
          {params.q && <input type="hidden" name="q" value={params.q} />}
          <input type="hidden" name="page" value="1" />
          <div>
            <label className="label" htmlFor="sort">
              {t("sort")}
            </label>
            <select id="sort" name="sort" defaultValue={params.sort} className="input">
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`sortOptions.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <details className="card p-3" open={filterCount > 0 || undefined}>
            <summary className="min-h-8 cursor-pointer font-semibold">
              {t("filters")}
              {filterCount > 0 && <span className="ml-1 text-brand-700">({filterCount})</span>}
            </summary>
            <div className="mt-3 space-y-4">
              {!fixedCategory && (
                <div>
                  <label className="label" htmlFor="f-category">
                    {t("category")}
                  </label>
                  <select id="f-category" name="category" defaultValue={params.category ?? ""} className="input">
                    <option value="">{t("any")}</option>
                    {categories.map((c) => (
                      <option key={c.id} value={c.handle}>
                        {c.name} ({count(result.facets.category, c.handle)})
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <div>
                <label className="label" htmlFor="f-province">
                  {t("province")}
                </label>
                <select id="f-province" name="province" defaultValue={params.province ?? ""} className="input">
                  <option value="">{t("any")}</option>
                  {places.provinces.map((p) => (
                    <option key={p.code} value={p.code}>
                      {nameOf(p, locale)} ({count(result.facets.province, p.code)})
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label className="label" htmlFor="f-county">
                  {t("county")}
                </label>
                <select id="f-county" name="county" defaultValue={params.county ?? ""} className="input">
                  <option value="">{t("any")}</option>
                  {counties.map((c) => (
                    <option key={c.code} value={c.code}>
                      {nameOf(c, locale)} ({count(result.facets.county, c.code)})
                    </option>
                  ))}
                </select>
              </div>
              <fieldset>
                <legend className="label">{t("price")}</legend>
                <div className="flex items-center gap-2">
                  <label className="sr-only" htmlFor="f-min">
                    {t("minPrice")}
                  </label>
                  <input id="f-min" name="min" type="number" inputMode="decimal" min={0} step="any" placeholder={t("minPrice")} defaultValue={params.min ?? ""} className="input" />
                  <span aria-hidden="true">–</span>
                  <label className="sr-only" htmlFor="f-max">
                    {t("maxPrice")}
                  </label>
                  <input id="f-max" name="max" type="number" inputMode="decimal" min={0} step="any" placeholder={t("maxPrice")} defaultValue={params.max ?? ""} className="input" />
                </div>
              </fieldset>
              <label className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="certified" value="1" defaultChecked={!!params.certified} className="h-5 w-5 accent-brand-600" />
                <span>{t("certified")}</span>
              </label>
              <button type="submit" className="btn-secondary w-full">
                {t("apply")}
              </button>
            </div>
          </details>
        </form>

        <div className="space-y-4">
          <h2 className="sr-only">{t("results", { count: result.count })}</h2>
          {active.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={t("filters")}>
              {active.map((a) => (
                <li key={a.key}>
                  <Link href={href({ [a.key]: undefined })} className="chip" aria-label={`${a.label} ×`}>
                    {a.label} <span aria-hidden="true">×</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href={basePath} className="chip">
                  {t("clearFilters")}
                </Link>
              </li>
            </ul>
          )}
          {result.products.length ? (
            <ProductGrid products={result.products} locale={locale} labels={labels} priorityCount={2} />
          ) : (
            <p className="card p-6 text-muted" data-testid="no-results">
              {t("noResults")}
            </p>
          )}
          {result.pageCount > 1 && (
            <nav className="flex items-center justify-between gap-2" aria-label={t("page", { page: result.page, pages: result.pageCount })}>
              {result.page > 1 ? (
                <Link className="btn-secondary" href={href({ page: result.page - 1 })} rel="prev">
                  {t("prev")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-muted">{t("page", { page: result.page, pages: result.pageCount })}</span>
              {result.page < result.pageCount ? (
                <Link className="btn-secondary" href={href({ page: result.page + 1 })} rel="next">
                  {t("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </div>
      </div>
    </div>
  )
}
