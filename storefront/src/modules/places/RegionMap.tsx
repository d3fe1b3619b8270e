import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/link"
import type { Locale } from "@/i18n/routing"
import type { OriginProvince } from "@onecounty/contracts/store"
import { nameOf, specialtyOf } from "@/lib/util/origin"
import { colorOf } from "@/lib/util/province-colours"
import { fitLabel, inset, squarify } from "@/lib/util/treemap"
import { RegionMapDetail } from "./RegionMapDetail"

const W = 1000
const H = 700
const countyValue = (n: number) => Math.max(n, 0.6)

/**
 * The paired regions as a two-level treemap drawn on the server: provinces, then their counties
 * sized by the products they sell. Every tile links to its county; the province chips link to the
 * province pages (whose map shows that province alone). The only client code is the detail panel
 * that follows hover and keyboard focus.
 */
export async function RegionMap({ provinces, locale, only }: { provinces: OriginProvince[]; locale: Locale; only?: string }) {
  const t = await getTranslations({ locale, namespace: "places" })
  const c = await getTranslations({ locale, namespace: "common" })
  const shown = only ? provinces.filter((p) => p.code === only) : provinces
  const provinceTiles = squarify(
    shown,
    (p) => p.prefectures.reduce((s, pf) => s + pf.counties.reduce((a, cty) => a + countyValue(cty.product_count), 0), 0),
    { x: 0, y: 0, w: W, h: H },
    0.6
  )
  const id = `region-map-${only ?? "all"}`
  return (
    <section aria-labelledby={`${id}-title`} className="card p-3 sm:p-4" data-testid="region-map">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {t("regionView")}
        </h2>
        <p className="text-xs text-muted">{t("regionViewHint")}</p>
      </div>
      {!only && (
        <ul className="mt-3 flex gap-2 overflow-x-auto pb-1" aria-label={t("province")}>
          {provinces.map((p) => (
            <li key={p.code} className="shrink-0">
              <Link href={`/places/${p.code}`} className="chip">
                <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: colorOf(p.code) }} />
                {nameOf(p, locale)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <svg id={id} viewBox={`0 0 ${W} ${H}`} className="region-map mt-3 h-auto w-full select-none" role="group" aria-label={t("regionView")}>
        {provinceTiles.map((pt) => {
          const province = pt.item
          const rect = inset(pt, 3)
          const header = rect.h > 90 && rect.w > 90 ? 34 : 0
          const counties = province.prefectures.flatMap((pf) => pf.counties.map((county) => ({ county, prefecture: pf })))
          const tiles = squarify(counties, (x) => countyValue(x.county.product_count), { x: rect.x, y: rect.y + header, w: rect.w, h: rect.h - header }, 0.6)
          return (
            <g key={province.code}>
              <rect x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={6} fill={colorOf(province.code)} opacity={0.18} />
              {header > 0 && (
                <text x={rect.x + 8} y={rect.y + 24} fontSize={20} fontWeight={700} fill="#1c1917" aria-hidden="true">
                  {nameOf(province, locale)}
                </text>
              )}
              {tiles.map(({ item: { county, prefecture }, ...tile }) => {
                const r = inset(tile, 1.5)
                const name = nameOf(county, locale)
                const label = `${name} · ${nameOf(province, locale)} · ${c("products", { count: county.product_count })}`
                return (
                  <a
                    key={county.code}
                    href={`/${locale}/counties/${county.code}`}
                    aria-label={label}
                    data-county={county.code}
                    data-name={name}
                    data-place={`${nameOf(prefecture, locale)} · ${nameOf(province, locale)}`}
                    data-info={[specialtyOf(county, locale), c("products", { count: county.product_count })].filter(Boolean).join(" · ")}
                  >
                    <title>{label}</title>
                    <rect x={r.x} y={r.y} width={r.w} height={r.h} rx={4} fill={colorOf(province.code)} opacity={county.product_count > 0 ? 0.85 : 0.45} />
                    {r.w > 40 && r.h > 30 && (
                      <text x={r.x + 6} y={r.y + 20} fontSize={r.w > 130 ? 17 : 13} fill="#fff" fontWeight={600} pointerEvents="none" aria-hidden="true">
                        {fitLabel(name, r.w, r.w > 130 ? 17 : 13)}
                      </text>
                    )}
                  </a>
                )
              })}
            </g>
          )
        })}
      </svg>
      <RegionMapDetail mapId={id} hint={t("regionViewHint")} linkLabel={t("showProducts", { name: "{name}" })} />
    </section>
  )
}
