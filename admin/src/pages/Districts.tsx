import { ProgressBars } from "../charts/charts"
import { ExportButtons } from "../components/ExportButtons"
import { ProgressTable } from "../components/ProgressTable"
import { Card, QueryState } from "../components/states"
import { useI18n } from "../lib/i18n"
import { useScopeName } from "../lib/names"
import { useProgress } from "../lib/queries"

/** Progress by Shanghai partner district; a district's name opens its paired counties. */
export function Districts() {
  const { t } = useI18n()
  const scopeName = useScopeName()
  const progress = useProgress("district")
  return (
    <>
      <Card title={t("navDistricts")} actions={<ExportButtons path="/officials/reports/progress" query={progress.query} />}>
        <QueryState query={progress}>
          {(d) => (
            <ProgressTable
              rows={d.progress}
              level="district"
              filter={{}}
              drill={(code) => `/regions?${new URLSearchParams({ district: code })}`}
              testId="district-table"
            />
          )}
        </QueryState>
      </Card>
      <Card title={t("progressByDistrict")}>
        <QueryState query={progress} isEmpty={(d) => !d.progress.some((r) => r.target_fen !== null)}>
          {(d) => <ProgressBars rows={d.progress} level="district" label={(code) => scopeName("district", code)} />}
        </QueryState>
      </Card>
    </>
  )
}
