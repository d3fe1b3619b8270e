"use client"

import { useMemo, useState } from "react"
import { useLocale, useTranslations } from "next-intl"
import type { OriginProvince } from "@/lib/types"
import { inset, squarify } from "@/lib/util/treemap"
import { nameOf, specialtyOf } from "@/lib/util/origin"

const W = 1000
const H = 700
const PROVINCE_COLORS: Record<string, string> = {
  "65": "#b45309", // Xinjiang
  "54": "#1d4ed8", // Tibet
  "63": "#0f766e", // Qinghai
  "52": "#15803d", // Guizhou
  "53": "#7e22ce", // Yunnan
  "50": "#be123c", // Chongqing
  "42": "#a16207", // Hubei
}
const colorOf = (code: string) => PROVINCE_COLORS[code.slice(0, 2)] ?? "#57534e"

type CountyTile = {
  code: string
  name: string
  specialty: string
  products: number
  prefecture: string
  province: string
  provinceCode: string
}

/**
 * The paired regions as a two-level treemap: provinces, then their counties sized by the number of
 * products on sale. Every tile is a link to the county page; hovering or focusing one shows its
 * details. With `only`, the view starts on one province.
 */
export function RegionMap({ provinces, only }: { provinces: OriginProvince[]; only?: string }) {
  const locale = useLocale()
  const t = useTranslations("places")
  const c = useTranslations("common")
  const [selected, setSelected] = useState<string | null>(only ?? null)
  const [active, setActive] = useState<CountyTile | null>(null)

  const shown = selected ? provinces.filter((p) => p.code === selected) : provinces
  const layout = useMemo(() => {
    const countyValue = (n: number) => Math.max(n, 0.6)
    const provinceTiles = squarify(
      shown,
      (p) => p.prefectures.reduce((s, pf) => s + pf.counties.reduce((a, cty) => a + countyValue(cty.product_count), 0), 0),
      { x: 0, y: 0, w: W, h: H },
      0.6
    )
    return provinceTiles.map((pt) => {
      const inner = inset(pt, 3)
      const header = inner.h > 90 && inner.w > 90 ? 34 : 0
      const counties: CountyTile[] = pt.item.prefectures.flatMap((pf) =>
        pf.counties.map((cty) => ({
          code: cty.code,
          name: nameOf(cty, locale),
          specialty: specialtyOf(cty, locale),
          products: cty.product_count,
          prefecture: nameOf(pf, locale),
          province: nameOf(pt.item, locale),
          provinceCode: pt.item.code,
        }))
      )
      const tiles = squarify(counties, (x) => countyValue(x.products), { x: inner.x, y: inner.y + header, w: inner.w, h: inner.h - header }, 0.6)
      return { province: pt.item, rect: inner, header, tiles }
    })
  }, [shown, locale])

  return (
    <section aria-labelledby="region-view-title" className="card p-3 sm:p-4" data-testid="region-map">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="region-view-title" className="text-lg font-bold">
          {t("regionView")}
        </h2>
        <p className="text-xs text-muted">{t("regionViewHint")}</p>
      </div>
      {!only && (
        <div className="mt-3 flex gap-2 overflow-x-auto pb-1" role="group" aria-label={t("province")}>
          <button type="button" className="chip shrink-0" aria-current={selected === null} onClick={() => setSelected(null)}>
            {t("all")}
          </button>
          {provinces.map((p) => (
            <button key={p.code} type="button" className="chip shrink-0" aria-current={selected === p.code} onClick={() => setSelected(p.code)}>
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: colorOf(p.code) }} />
              {nameOf(p, locale)}
            </button>
          ))}
        </div>
      )}
      <svg viewBox={`0 0 ${W} ${H}`} className="mt-3 h-auto w-full select-none" role="group" aria-label={t("regionView")}>
        {layout.map(({ province, rect, header, tiles }) => (
          <g key={province.code}>
            <rect x={rect.x} y={rect.y} width={rect.w} height={rect.h} rx={6} fill={colorOf(province.code)} opacity={0.18} />
            {header > 0 && (
              <a href={`/${locale}/places/${province.code}`}>
                <text x={rect.x + 8} y={rect.y + 24} fontSize={20} fontWeight={700} fill="#1c1917">
                  {nameOf(province, locale)}
                </text>
              </a>
            )}
            {tiles.map((tile) => {
              const r = inset(tile, 1.5)
              const big = r.w > 70 && r.h > 34
              const isActive = active?.code === tile.item.code
              const label = `${tile.item.name} · ${tile.item.province} · ${c("products", { count: tile.item.products })}`
              return (
                <a
                  key={tile.item.code}
                  href={`/${locale}/counties/${tile.item.code}`}
                  aria-label={label}
                  onMouseEnter={() => setActive(tile.item)}
                  onFocus={() => setActive(tile.item)}
                  data-county={tile.item.code}
                >
                  <title>{label}</title>
                  <rect
                    x={r.x}
                    y={r.y}
                    width={r.w}
                    height={r.h}
                    rx={4}
                    fill={colorOf(province.code)}
                    opacity={tile.item.products > 0 ? (isActive ? 1 : 0.82) : 0.4}
                    stroke={isActive ? "#1c1917" : "none"}
                    strokeWidth={3}
                  />
                  {big && (
                    <text x={r.x + 6} y={r.y + 20} fontSize={r.w > 130 ? 17 : 13} fill="#fff" fontWeight={600} pointerEvents="none">
                      {tile.item.name}
                    </text>
                  )}
                </a>
              )
            })}
          </g>
        ))}
      </svg>
      <div className="mt-3 min-h-16 rounded-lg bg-stone-100 p-3 text-sm" aria-live="polite" data-testid="region-detail">
        {active ? (
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div>
              <p className="font-semibold">
                {active.name} <span className="font-normal text-muted">· {active.prefecture} · {active.province}</span>
              </p>
              <p className="text-muted">
                {active.specialty ? `${active.specialty} · ` : ""}
                {c("products", { count: active.products })}
              </p>
            </div>
            <a className="btn-secondary min-h-9 py-1 text-sm" href={`/${locale}/counties/${active.code}`}>
              {t("showProducts", { name: active.name })}
            </a>
          </div>
        ) : (
          <p className="text-muted">{t("regionViewHint")}</p>
        )}
      </div>
    </section>
  )
}
