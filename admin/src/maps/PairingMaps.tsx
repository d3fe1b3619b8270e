import { BASE_MAP, loadCountySeats, loadPairedProvinces, loadShanghaiDistricts } from "@onecounty/china-geo"
import type { ProgressRow, ReportFilter, Regions } from "@onecounty/contracts/officials"
import { useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router"
import { ordersLink } from "../components/ProgressTable"
import { formatMoney, formatPercent } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { useProgress, useRegions } from "../lib/queries"
import { GeoChart, registerBaseMap, type GeoEvent } from "./GeoChart"
import { mapLabel } from "./labels"
import { COMPLETION_LEGEND, completionColour, NO_TARGET, pointSize } from "./scale"

const forever = { staleTime: Infinity, gcTime: Infinity }
const useGeo = () => {
  const provinces = useQuery({ queryKey: ["geo", "provinces"], queryFn: loadPairedProvinces, ...forever })
  const seats = useQuery({ queryKey: ["geo", "seats"], queryFn: loadCountySeats, ...forever })
  const districts = useQuery({ queryKey: ["geo", "districts"], queryFn: loadShanghaiDistricts, ...forever })
  return { provinces: provinces.data, seats: seats.data, districts: districts.data, error: provinces.error ?? seats.error ?? districts.error }
}

type CountyPoint = { name: string; value: [number, number, number]; code: string; row: ProgressRow | undefined; symbolSize: number; itemStyle: object }

/**
 * The paired counties at their seats on the seven provinces' prefectures, and Shanghai's districts
 * coloured by completion beside them; pointing at a district highlights the counties it is paired
 * with. `filter` narrows the counties as the regions page does (a province is drawn alone).
 */
export default function PairingMaps({ filter = {}, districts = true }: { filter?: ReportFilter; districts?: boolean }) {
  const { lang } = useI18n()
  const geo = useGeo()
  const regions = useRegions()
  const counties = useProgress("county", filter)
  const districtRows = useProgress("district")
  const [hovered, setHovered] = useState<string | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const active = hovered ?? selected
  // the same query as `counties` while no district is active: nothing more is fetched
  const paired = useProgress("county", active ? { ...filter, district: active } : filter)
  const pairedCodes = useMemo(() => (active && paired.data ? new Set(paired.data.progress.map((r) => r.scope_code)) : null), [active, paired.data])

  if (geo.error) return <p className="text-sm text-red-700">{String(geo.error)}</p>
  if (!geo.provinces || !geo.seats || !geo.districts || !regions.data || !counties.data) {
    return <p className="p-6 text-sm text-slate-500" role="status">{mapLabel(lang, "mapLoading")}</p>
  }
  const caption = lang === "zh" ? BASE_MAP.caption_zh : BASE_MAP.caption_en
  return (
    <div className={districts ? "grid gap-4 xl:grid-cols-[3fr_2fr]" : ""}>
      <CountyMap
        filter={filter}
        rows={counties.data.progress}
        regions={regions.data}
        provinces={geo.provinces}
        seats={geo.seats}
        highlight={pairedCodes}
        caption={caption}
      />
      {districts && (
        <DistrictMap
          rows={districtRows.data?.progress ?? []}
          shapes={geo.districts}
          regions={regions.data}
          active={active}
          selected={selected}
          onHover={setHovered}
          onSelect={(d) => setSelected((s) => (s === d ? null : d))}
          pairedCount={pairedCodes?.size ?? null}
        />
      )}
    </div>
  )
}

function Legend() {
  const { lang } = useI18n()
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden="true">
      {COMPLETION_LEGEND.map((b) => (
        <li key={b.min} className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: b.colour }} />
          {lang === "zh" ? b.zh : b.en}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: NO_TARGET }} />
        {mapLabel(lang, "noTarget")}
      </li>
    </ul>
  )
}

function CountyMap(props: {
  filter: ReportFilter
  rows: ProgressRow[]
  regions: Regions
  provinces: Awaited<ReturnType<typeof loadPairedProvinces>>
  seats: Record<string, [number, number]>
  highlight: Set<string | null> | null
  caption: string
}) {
  const { filter, rows, regions, provinces, seats, highlight, caption } = props
  const { t, lang, name } = useI18n()
  const navigate = useNavigate()
  // a province, once chosen, is drawn alone (its own registered map), so it fills the frame
  const mapName = `oc-paired-${filter.province ?? "all"}`
  registerBaseMap(mapName, filter.province ? { ...provinces, features: provinces.features.filter((f) => f.properties.province_code === filter.province) } : provinces)
  const option = useMemo(() => {
    const byCode = new Map(rows.map((r) => [r.scope_code, r]))
    const max = Math.max(0, ...rows.map((r) => r.actual_fen))
    const shown = regions.counties.filter(
      (c) =>
        seats[c.code] &&
        (!filter.province || c.province_code === filter.province) &&
        (!filter.prefecture || c.prefecture_code === filter.prefecture) &&
        (!filter.district || byCode.has(c.code))
    )
    const points: CountyPoint[] = shown.map((c) => {
      const row = byCode.get(c.code)
      const dimmed = highlight !== null && !highlight.has(c.code)
      return {
        name: name(c),
        code: c.code,
        row,
        value: [...seats[c.code]!, row?.actual_fen ?? 0],
        symbolSize: pointSize(row?.actual_fen ?? 0, max),
        itemStyle: { color: completionColour(row?.completion), opacity: dimmed ? 0.15 : 0.9, borderColor: highlight && !dimmed ? "#0f172a" : "#fff", borderWidth: highlight && !dimmed ? 2 : 1 },
      }
    })
    const place = (code: string) => {
      const c = regions.counties.find((x) => x.code === code)
      const pf = regions.prefectures.find((x) => x.code === c?.prefecture_code)
      const pr = regions.provinces.find((x) => x.code === c?.province_code)
      return [name(pf), name(pr)].join(" · ")
    }
    return {
      tooltip: {
        trigger: "item",
        formatter: (p: { componentType: string; seriesType?: string; name: string; data?: CountyPoint }) => {
          if (p.seriesType !== "scatter" || !p.data) return p.name
          const r = p.data.row
          return [
            `<b>${p.name}</b> <span style="color:#64748b">${place(p.data.code)}</span>`,
            `${t("actual")}：${formatMoney(r?.actual_fen ?? 0)}`,
            `${t("target")}：${r?.target_fen == null ? "—" : formatMoney(r.target_fen)}`,
            `${t("completion")}：${formatPercent(r?.completion)}`,
            `${t("certifiedShare")}：${formatPercent(r?.certified_share)}`,
          ].join("<br/>")
        },
      },
      geo: {
        map: mapName,
        roam: true,
        scaleLimit: { min: 1, max: 8 },
        layoutCenter: ["50%", "50%"],
        layoutSize: "100%",
        itemStyle: { areaColor: "#f1f5f9", borderColor: "#94a3b8", borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#e2e8f0" } },
        select: { disabled: true },
        tooltip: { show: false },
      },
      series: [{ type: "scatter", coordinateSystem: "geo", data: points, encode: { value: 2 }, emphasis: { scale: 1.3 }, cursor: "pointer" }],
    }
  }, [rows, regions, seats, filter.province, filter.prefecture, filter.district, highlight, mapName, t, name])
  const drill = (e: GeoEvent) => {
    if (e.seriesType !== "scatter") return
    const code = (e.data as CountyPoint).code
    const c = regions.counties.find((x) => x.code === code)!
    // the county row's own link: its province and prefecture, with the view's district if any
    navigate(ordersLink({ ...filter, province: c.province_code, prefecture: c.prefecture_code }, "county", code))
  }
  return (
    <figure className="space-y-2" data-testid="county-map-figure">
      <figcaption className="flex flex-col gap-0.5">
        <span className="font-medium">{mapLabel(lang, "countyMap")}</span>
        <span className="text-xs text-slate-500">{mapLabel(lang, "countyMapHint")}</span>
      </figcaption>
      <GeoChart option={option} height={filter.province ? 420 : 460} testId="county-map" label={mapLabel(lang, "countyMap")} onClick={drill} />
      <Legend />
      <p className="text-[11px] text-slate-400" data-testid="map-source">{caption}</p>
    </figure>
  )
}

function DistrictMap(props: {
  rows: ProgressRow[]
  shapes: Awaited<ReturnType<typeof loadShanghaiDistricts>>
  regions: Regions
  active: string | null
  selected: string | null
  onHover: (district: string | null) => void
  onSelect: (district: string) => void
  pairedCount: number | null
}) {
  const { rows, shapes, regions, active, selected, onHover, onSelect, pairedCount } = props
  const { t, lang, name } = useI18n()
  registerBaseMap("oc-shanghai", shapes)
  const option = useMemo(() => {
    const byName = new Map(rows.map((r) => [r.scope_code, r]))
    return {
      tooltip: {
        trigger: "item",
        formatter: (p: { name: string }) => {
          const r = byName.get(p.name)
          const district = regions.districts.find((d) => d.code === p.name)
          const title = lang === "zh" ? p.name : `${name(district, p.name)} ${p.name}`
          if (!r) return `<b>${title}</b><br/>—`
          return [`<b>${title}</b>`, `${t("actual")}：${formatMoney(r.actual_fen)}`, `${t("target")}：${r.target_fen == null ? "—" : formatMoney(r.target_fen)}`, `${t("completion")}：${formatPercent(r.completion)}`].join("<br/>")
        },
      },
      series: [
        {
          type: "map",
          map: "oc-shanghai",
          roam: false,
          layoutCenter: ["50%", "50%"],
          layoutSize: "95%",
          selectedMode: false,
          label: { show: false },
          emphasis: { label: { show: true, fontSize: 11 }, itemStyle: { areaColor: "#38bdf8" } },
          data: shapes.features.map((f) => {
            const r = byName.get(f.properties.name)
            const on = f.properties.name === active
            return {
              name: f.properties.name,
              value: r?.completion ?? null,
              itemStyle: { areaColor: r ? completionColour(r.completion) : "#e2e8f0", borderColor: on ? "#0f172a" : "#fff", borderWidth: on ? 2 : 0.6 },
            }
          }),
        },
      ],
    }
  }, [rows, shapes, regions, active, lang, t, name])
  return (
    <figure className="space-y-2" data-testid="district-map-figure">
      <figcaption className="flex flex-col gap-0.5">
        <span className="font-medium">{mapLabel(lang, "districtMap")}</span>
        <span className="text-xs text-slate-500">{mapLabel(lang, "districtMapHint")}</span>
      </figcaption>
      <GeoChart
        option={option}
        height={360}
        testId="district-map"
        label={mapLabel(lang, "districtMap")}
        onHover={(e) => onHover(e?.componentType === "series" ? e.name : null)}
        onClick={(e) => onSelect(e.name)}
      />
      <p className="min-h-5 text-sm" aria-live="polite" data-testid="district-pairing">
        {active ? (
          <>
            {active} · {mapLabel(lang, "pairedWith")} {pairedCount ?? "…"}
            {selected && (
              <button className="ml-3 text-sky-700 hover:underline" onClick={() => onSelect(selected)}>
                {mapLabel(lang, "clearDistrict")}
              </button>
            )}
          </>
        ) : null}
      </p>
    </figure>
  )
}
