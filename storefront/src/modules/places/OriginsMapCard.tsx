import { BASE_MAP } from "@onecounty/china-geo"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { OriginProvince } from "@onecounty/contracts/store"
import { nameOf, specialtyOf } from "@/lib/util/origin"
import type { MapCounty } from "./OriginsMap"
import { OriginsMapLoader } from "./OriginsMapLoader"

/** The paired counties at their seats, coloured by province; the region view below stays the list. */
export async function OriginsMapCard({ provinces, locale }: { provinces: OriginProvince[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "places" })
  const c = await getTranslations({ locale, namespace: "common" })
  const counties: MapCounty[] = provinces.flatMap((p) =>
    p.prefectures.flatMap((pf) =>
      pf.counties.map((county) => ({
        code: county.code,
        name: nameOf(county, locale),
        place: `${nameOf(pf, locale)} · ${nameOf(p, locale)}`,
        info: [specialtyOf(county, locale), c("products", { count: county.product_count })].filter(Boolean).join(" · "),
        products: county.product_count,
      }))
    )
  )
  return (
    <section aria-labelledby="origins-map-title" className="card p-3 sm:p-4" data-testid="origins-map-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="origins-map-title" className="text-lg font-bold">
          {t("geoMap")}
        </h2>
        <p className="text-xs text-muted">{t("geoMapHint")}</p>
      </div>
      <div className="mt-3">
        <OriginsMapLoader counties={counties} locale={locale} label={t("geoMap")} caption={locale === "en" ? BASE_MAP.caption_en : BASE_MAP.caption_zh} />
      </div>
    </section>
  )
}
