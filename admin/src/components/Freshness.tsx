import { useI18n } from "../lib/i18n"
import { useFreshness } from "../lib/queries"
import { Card, QueryState } from "./states"

// Past this the figures are visibly behind the sales: a queue backlog or a stopped worker.
const LAG_WARNING_S = 60

/** How fresh the figures are: the latest booked fact, what still waits in the queue, and its lag. */
export function Freshness() {
  const { t, lang } = useI18n()
  const query = useFreshness()
  const when = (iso: string) => new Date(iso).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" })
  return (
    <Card title={t("freshness")} testId="freshness">
      <QueryState query={query}>
        {({ freshness: f }) => {
          const stalled = f.queue !== null && (f.queue.workers === 0 || (f.lag_seconds ?? 0) > LAG_WARNING_S)
          return (
            <div className="space-y-2 text-sm">
              <p className={stalled ? "font-medium text-red-700" : "font-medium text-emerald-700"} data-testid="freshness-state">
                {f.queue?.workers === 0 ? t("noWorker") : stalled ? `${t("lag")} ${t("seconds", { n: f.lag_seconds ?? 0 })}` : t("liveFigures")}
              </p>
              <dl className="grid grid-cols-2 gap-2">
                <dt className="text-slate-500">{t("lastEvent")}</dt>
                <dd data-testid="freshness-last">{f.last_event_at ? when(f.last_event_at) : t("noEventsYet")}</dd>
                {f.queue && (
                  <>
                    <dt className="text-slate-500">{t("queueWaiting")}</dt>
                    <dd data-testid="freshness-waiting">{f.queue.waiting + f.queue.active + f.queue.delayed}</dd>
                    <dt className="text-slate-500">{t("lag")}</dt>
                    <dd data-testid="freshness-lag">{t("seconds", { n: f.lag_seconds ?? 0 })}</dd>
                    <dt className="text-slate-500">{t("workers")}</dt>
                    <dd>{f.queue.workers}</dd>
                  </>
                )}
                <dt className="text-slate-500">{t("attentionOrders")}</dt>
                <dd className={f.attention ? "text-amber-700" : ""} data-testid="freshness-attention">{f.attention}</dd>
              </dl>
            </div>
          )
        }}
      </QueryState>
    </Card>
  )
}
