import { useI18n } from "../lib/i18n"
import type { MessageKey } from "../lib/messages"
import { useReconciliation } from "../lib/queries"
import { Card, QueryState } from "./states"

/** The latest reconciliation of the ledger against the orders: when, what it found and repaired. */
export function ReconciliationStatus() {
  const { t, lang } = useI18n()
  const query = useReconciliation()
  const when = (iso: string) => new Date(iso).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" })
  return (
    <Card title={t("reconciliation")} testId="reconciliation">
      <QueryState query={query}>
        {({ reconciliation: run }) =>
          run ? (
            <dl className="grid grid-cols-2 gap-2 text-sm">
              <dt className="text-slate-500">{t("lastRun")}</dt>
              <dd>
                {when(run.finished_at ?? run.started_at)} ({run.from_date} – {run.to_date})
              </dd>
              <dt className="text-slate-500">{t("status")}</dt>
              <dd
                className={
                  run.status === "failed" ? "text-red-700" : run.status === "succeeded" ? "text-emerald-700" : run.status === "succeeded_with_attention" ? "text-amber-700" : ""
                }
              >
                {t(`status_${run.status}` as MessageKey)}
                {run.status === "running" ? ` ${run.orders_done}/${run.orders_total}` : ""}
              </dd>
              <dt className="text-slate-500">{t("differencesFound")}</dt>
              <dd data-testid="reconciliation-found">{run.differences_found}</dd>
              <dt className="text-slate-500">{t("repaired")}</dt>
              <dd data-testid="reconciliation-repaired">{run.repaired}</dd>
              <dt className="text-slate-500">{t("attentionOrders")}</dt>
              <dd data-testid="reconciliation-attention" className={run.attention ? "text-amber-700" : ""}>{run.attention ?? 0}</dd>
            </dl>
          ) : (
            <p className="text-sm text-slate-500">{t("noReconciliation")}</p>
          )
        }
      </QueryState>
    </Card>
  )
}
