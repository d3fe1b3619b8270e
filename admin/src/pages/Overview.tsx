import { ChannelMix, MonthlyTrend, ProgressBars, RegionTreemap } from "../charts/charts"
import { ExportButtons } from "../components/ExportButtons"
import { Freshness } from "../components/Freshness"
import { Headline } from "../components/Headline"
import { ReconciliationStatus } from "../components/ReconciliationStatus"
import { PartnerShareLine } from "../partners/PartnerShareLine"
import { Card, QueryState } from "../components/states"
import { useI18n } from "../lib/i18n"
import { useScopeName } from "../lib/names"
import { useMonthly, useProgress, useRegions } from "../lib/queries"
import { useSession } from "../lib/session"
import { Maps } from "../maps"
import { mapLabel } from "../maps/labels"
import type { ProgressRow } from "@onecounty/contracts/officials"

/** A district with neither sales nor a target this year has no row: its headline is all zeros. */
const nothingYet = (scope: string | null): ProgressRow => ({
  scope_code: scope,
  actual_fen: 0,
  uncounted_fen: 0,
  gross_fen: 0,
  reductions_fen: 0,
  net_fen: 0,
  certified_fen: 0,
  target_fen: null,
  completion: null,
  previous_actual_fen: 0,
  yoy_change: null,
  certified_share: null,
})

export function Overview() {
  const { t, lang } = useI18n()
  const { official, year } = useSession()
  const scopeName = useScopeName()
  // A district's target is set at the district level; the city's at "all".
  const headline = useProgress(official.district_zh ? "district" : "all")
  const months = useMonthly()
  const lastYear = useMonthly({}, year - 1)
  const channels = useProgress("channel_kind")
  const bars = useProgress(official.district_zh ? "province" : "district")
  const counties = useProgress("county")
  const regions = useRegions()
  return (
    <>
      <Card title={`${year} · ${t("navOverview")}`} actions={<ExportButtons path="/officials/reports/progress" query={headline.query} />}>
        <QueryState query={headline}>
          {(d) => <Headline row={d.progress[0] ?? nothingYet(official.district_zh)} year={year} />}
        </QueryState>
      </Card>
      <PartnerShareLine />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("monthlyTrend")} actions={<ExportButtons path="/officials/reports/monthly" query={months.query} />}>
          <QueryState query={months}>{(d) => <MonthlyTrend current={d.months} previous={lastYear.data?.months ?? []} year={year} />}</QueryState>
        </Card>
        <Card title={t("channelMix")} actions={<ExportButtons path="/officials/reports/progress" query={channels.query} />}>
          <QueryState query={channels} isEmpty={(d) => !d.progress.length}>
            {(d) => <ChannelMix rows={d.progress} />}
          </QueryState>
        </Card>
        <Card title={official.district_zh ? t("progressByProvince") : t("progressByDistrict")} actions={<ExportButtons path="/officials/reports/progress" query={bars.query} />}>
          <QueryState query={bars} isEmpty={(d) => !d.progress.some((r) => r.target_fen !== null)}>
            {(d) => <ProgressBars rows={d.progress} level={official.district_zh ? "province" : "district"} label={(code) => scopeName(official.district_zh ? "province" : "district", code)} />}
          </QueryState>
        </Card>
        <ReconciliationStatus />
        <Freshness />
      </div>
      <Card title={mapLabel(lang, "maps")}>
        <Maps />
      </Card>
      <Card title={t("regionTreemap")} actions={<ExportButtons path="/officials/reports/progress" query={counties.query} />}>
        <QueryState query={counties} isEmpty={(d) => !d.progress.some((r) => r.actual_fen > 0)}>
          {(d) => (regions.data ? <RegionTreemap counties={d.progress} regions={regions.data} lang={lang} /> : null)}
        </QueryState>
      </Card>
    </>
  )
}
