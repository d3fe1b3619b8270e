import { Link, useSearchParams } from "react-router"
import { ExportButtons } from "../components/ExportButtons"
import { ProgressTable } from "../components/ProgressTable"
import { Card, QueryState } from "../components/states"
import { useI18n } from "../lib/i18n"
import { useScopeName } from "../lib/names"
import { useProgress } from "../lib/queries"
import { Maps } from "../maps"
import type { ReportLevel } from "@onecounty/contracts/enums"
import type { ReportFilter } from "@onecounty/contracts/officials"

/** Province → prefecture → county (optionally within one Shanghai partner district). */
export function Regions() {
  const { t } = useI18n()
  const scopeName = useScopeName()
  const [params] = useSearchParams()
  const filter: ReportFilter = {
    province: params.get("province") ?? undefined,
    prefecture: params.get("prefecture") ?? undefined,
    district: params.get("district") ?? undefined,
  }
  const level: ReportLevel = filter.prefecture ? "county" : filter.province ? "prefecture" : "province"
  const progress = useProgress(level, filter)
  const link = (extra: Record<string, string>) => {
    const next = new URLSearchParams(Object.entries({ ...filter, ...extra }).filter((e): e is [string, string] => !!e[1]))
    return `/regions?${next}`
  }
  const drill = level === "county" ? undefined : (code: string) => link(level === "province" ? { province: code } : { prefecture: code })
  const crumbs: [string, string][] = [[t("allRegions"), link({ province: "", prefecture: "" })]]
  if (filter.province) crumbs.push([scopeName("province", filter.province), link({ prefecture: "" })])
  if (filter.prefecture) crumbs.push([scopeName("prefecture", filter.prefecture), link({})])
  return (
    <Card
      title={`${t("navRegions")} · ${t(`level_${level}`)}${filter.district ? ` · ${scopeName("district", filter.district)}` : ""}`}
      actions={<ExportButtons path="/officials/reports/progress" query={progress.query} />}
    >
      <nav className="mb-3 flex gap-2 text-sm" aria-label="breadcrumb">
        {crumbs.map(([label, to], i) => (
          <span key={to}>
            {i > 0 && " › "}
            <Link className="text-sky-700 hover:underline" to={to}>
              {label}
            </Link>
          </span>
        ))}
      </nav>
      <div className="mb-4">
        <Maps filter={filter} districts={!filter.province} />
      </div>
      <QueryState query={progress}>
        {(d) => <ProgressTable rows={d.progress} level={level} filter={filter} drill={drill} testId="progress-table" />}
      </QueryState>
    </Card>
  )
}
