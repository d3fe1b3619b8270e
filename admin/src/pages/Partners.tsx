import { ExportButtons } from "../components/ExportButtons"
import { Card, QueryState } from "../components/states"
import { Completeness } from "../partners/Completeness"
import { PartnerRanking } from "../partners/PartnerRanking"
import { PartnerShareLine } from "../partners/PartnerShareLine"
import { useCompleteness, usePartnerNames, usePartnerRanking } from "../partners/queries"
import { useI18n } from "../lib/i18n"
import { useSession } from "../lib/session"

/** Partners' own reports: who reported how far, what waits for mapping, and how they rank. */
export function Partners() {
  const { year } = useSession()
  const { t } = useI18n()
  const completeness = useCompleteness()
  const ranking = usePartnerRanking()
  const names = usePartnerNames()
  return (
    <>
      <PartnerShareLine link={false} />
      <Card title={`${year} · ${t("completenessTitle")}`} testId="completeness">
        <QueryState query={completeness} isEmpty={(d) => !d.partners.length}>
          {(d) => <Completeness data={d} />}
        </QueryState>
      </Card>
      <Card title={t("ranking")} actions={<ExportButtons path="/officials/reports/rankings" query={ranking.query} />} testId="partner-ranking-card">
        <QueryState query={ranking} isEmpty={(d) => !d.rankings.length}>
          {(d) => <PartnerRanking rows={d.rankings} partners={names.data?.partners ?? []} />}
        </QueryState>
      </Card>
    </>
  )
}
