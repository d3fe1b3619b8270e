import { useSearchParams } from "react-router"
import { ExportButtons } from "../components/ExportButtons"
import { ProgressTable } from "../components/ProgressTable"
import { Card, QueryState } from "../components/states"
import { useI18n } from "../lib/i18n"
import { useRankings } from "../lib/queries"

const BY = ["county", "district", "counter"] as const

export function Rankings() {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const by = BY.find((b) => b === params.get("by")) ?? "county"
  const rankings = useRankings(by)
  return (
    <Card
      title={t("navRankings")}
      actions={
        <div className="flex items-center gap-3">
          <div role="tablist" className="flex gap-1 text-sm">
            {BY.map((b) => (
              <button
                key={b}
                role="tab"
                aria-selected={b === by}
                className={`rounded px-2 py-1 ${b === by ? "bg-emerald-700 text-white" : "border border-slate-300"}`}
                onClick={() => setParams({ by: b })}
              >
                {t(`level_${b}`)}
              </button>
            ))}
          </div>
          <ExportButtons path="/officials/reports/rankings" query={rankings.query} />
        </div>
      }
    >
      <QueryState query={rankings}>
        {(d) => <ProgressTable rows={d.rankings} level={by} filter={{}} testId="ranking-table" />}
      </QueryState>
    </Card>
  )
}
