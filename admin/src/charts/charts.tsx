import { useMemo } from "react"
import { useNavigate } from "react-router"
import { formatCompact, formatMoney, formatPercent, type Lang } from "../lib/format"
import { useI18n } from "../lib/i18n"
import type { MessageKey } from "../lib/messages"
import type { MonthRow, ProgressRow, Regions } from "@onecounty/contracts/officials"
import { EChart, type ChartClick } from "./EChart"

/** Every chart drills down: a click opens the orders behind the figure. */
function useDrill(toQuery: (event: ChartClick) => Record<string, string> | null) {
  const navigate = useNavigate()
  return (event: ChartClick) => {
    const query = toQuery(event)
    if (query) navigate(`/orders?${new URLSearchParams(query)}`)
  }
}

const yuan = (fen: number) => fen / 100 // chart axes only; labels use the exact formatter

/** This year's and last year's counted sales, month by month. */
export function MonthlyTrend({ current, previous, year }: { current: MonthRow[]; previous: MonthRow[]; year: number }) {
  const { t, lang } = useI18n()
  const option = useMemo(
    () => ({
      tooltip: { trigger: "axis", valueFormatter: (v: number) => formatMoney(Math.round(v * 100)) },
      legend: { data: [String(year), String(year - 1)] },
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: current.map((m) => (lang === "zh" ? `${m.month}${t("month")}` : String(m.month))) },
      yAxis: { type: "value", axisLabel: { formatter: (v: number) => formatCompact(Math.round(v * 100), lang) } },
      series: [
        { name: String(year), type: "line", smooth: true, data: current.map((m) => yuan(m.actual_fen)) },
        { name: String(year - 1), type: "line", smooth: true, lineStyle: { type: "dashed" }, data: previous.map((m) => yuan(m.actual_fen)) },
      ],
    }),
    [current, previous, year, lang, t]
  )
  const drill = useDrill((e) => ({ month: String(e.dataIndex + 1) }))
  return <EChart option={option} testId="chart-monthly" onClick={drill} />
}

/** Net sales by channel kind: online, hub, counter, outlet, direct store. */
export function ChannelMix({ rows }: { rows: ProgressRow[] }) {
  const { t } = useI18n()
  const option = useMemo(
    () => ({
      tooltip: { trigger: "item", valueFormatter: (v: number) => formatMoney(Math.round(v * 100)) },
      legend: { bottom: 0 },
      series: [
        {
          type: "pie",
          radius: ["40%", "70%"],
          label: { formatter: (p: { name: string; percent: number }) => `${p.name} ${p.percent.toFixed(1)}%` },
          data: rows.map((r) => ({ name: t(`channel_${r.scope_code}` as MessageKey), value: yuan(r.net_fen), code: r.scope_code })),
        },
      ],
    }),
    [rows, t]
  )
  const drill = useDrill((e) => ({ channel_kind: (e.data as { code: string }).code }))
  return <EChart option={option} testId="chart-channels" onClick={drill} />
}

/** Completion per scope as bars against the 100 % line. */
export function ProgressBars({ rows, label, level }: { rows: ProgressRow[]; label: (code: string | null) => string; level: "province" | "district" }) {
  const shown = useMemo(() => rows.filter((r) => r.target_fen !== null).slice(0, 20).reverse(), [rows])
  const option = useMemo(() => {
    return {
      tooltip: {
        trigger: "axis",
        formatter: (ps: { dataIndex: number }[]) => {
          const r = shown[ps[0]?.dataIndex ?? 0]
          return r ? `${label(r.scope_code)}<br/>${formatMoney(r.actual_fen)} / ${formatMoney(r.target_fen ?? 0)}<br/>${formatPercent(r.completion)}` : ""
        },
      },
      grid: { left: 90, right: 40, top: 20, bottom: 30 },
      xAxis: { type: "value", axisLabel: { formatter: (v: number) => `${v}%` } },
      yAxis: { type: "category", data: shown.map((r) => label(r.scope_code)) },
      series: [
        {
          type: "bar",
          data: shown.map((r) => Math.round((r.completion ?? 0) * 10000) / 100),
          itemStyle: { color: "#059669" },
          markLine: { symbol: "none", data: [{ xAxis: 100 }], lineStyle: { color: "#dc2626" } },
        },
      ],
    }
  }, [shown, label])
  const drill = useDrill((e) => {
    const code = shown[e.dataIndex]?.scope_code
    return code ? { [level]: code } : null
  })
  return <EChart option={option} height={Math.max(200, shown.length * 26 + 40)} testId="chart-progress" onClick={drill} />
}

function completionColour(completion: number | null): string {
  if (completion === null) return "#cbd5e1"
  if (completion >= 1) return "#047857"
  if (completion >= 0.75) return "#10b981"
  if (completion >= 0.5) return "#facc15"
  return "#f97316"
}

/** Provinces → prefectures → counties sized by counted sales, coloured by the county's completion. */
export function RegionTreemap({ counties, regions, lang }: { counties: ProgressRow[]; regions: Regions; lang: Lang }) {
  const option = useMemo(() => {
    const name = (n: { name_zh: string; name_en: string }) => (lang === "zh" ? n.name_zh : n.name_en)
    const byCode = new Map(regions.counties.map((c) => [c.code, c]))
    const data = regions.provinces.map((p) => ({
      name: name(p),
      children: regions.prefectures
        .filter((pf) => pf.province_code === p.code)
        .map((pf) => ({
          name: name(pf),
          children: counties
            .filter((r) => r.scope_code && byCode.get(r.scope_code)?.prefecture_code === pf.code && r.actual_fen > 0)
            .map((r) => ({
              name: name(byCode.get(r.scope_code!)!),
              value: yuan(r.actual_fen),
              code: r.scope_code,
              completion: r.completion,
              itemStyle: { color: completionColour(r.completion) },
            })),
        }))
        .filter((pf) => pf.children.length),
    })).filter((p) => p.children.length)
    return {
      tooltip: {
        formatter: (p: { name: string; value: number; data: { completion?: number | null } }) =>
          `${p.name}<br/>${formatMoney(Math.round(p.value * 100))}${p.data.completion !== undefined ? `<br/>${formatPercent(p.data.completion)}` : ""}`,
      },
      series: [{ type: "treemap", roam: false, leafDepth: 3, breadcrumb: { show: false }, upperLabel: { show: true, height: 18 }, data }],
    }
  }, [counties, regions, lang])
  const drill = useDrill((e) => {
    const code = (e.data as { code?: string } | undefined)?.code
    return code ? { county: code } : null
  })
  return <EChart option={option} height={380} testId="chart-treemap" onClick={drill} />
}
