import { Link } from "react-router"
import { formatChange, formatCompact, formatMoney, formatPercent } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { daysLeft, pacePerDay } from "../lib/shanghai"
import type { ProgressRow } from "@onecounty/contracts/officials"

function Figure({ label, value, title, testId }: { label: string; value: string; title?: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="text-xs text-slate-500">{label}</div>
      <div className="mt-1 text-xl font-semibold tabular-nums" title={title} data-testid={testId}>
        {value}
      </div>
    </div>
  )
}

/** The year at a glance: counted sales against the target, completion, certified share, pace. */
export function Headline({ row, year, now }: { row: ProgressRow; year: number; now?: Date }) {
  const { t, lang } = useI18n()
  const days = daysLeft(year, now)
  const pace = pacePerDay(row.actual_fen, row.target_fen, days)
  const completion = row.completion ?? 0
  return (
    <div className="space-y-3" data-testid="headline">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Figure label={t("actual")} value={formatCompact(row.actual_fen, lang)} title={formatMoney(row.actual_fen)} testId="headline-actual" />
        <Figure
          label={t("target")}
          value={row.target_fen === null ? t("noTarget") : formatCompact(row.target_fen, lang)}
          title={row.target_fen === null ? undefined : formatMoney(row.target_fen)}
          testId="headline-target"
        />
        <Figure label={t("completion")} value={formatPercent(row.completion)} testId="headline-completion" />
        <Figure label={t("certifiedShare")} value={formatPercent(row.certified_share)} testId="headline-certified" />
        <Figure label={t("daysLeft")} value={String(days)} testId="headline-days" />
        <Figure label={t("paceNeeded")} value={pace === null ? "—" : formatCompact(pace, lang)} testId="headline-pace" />
      </div>
      <div className="h-3 w-full overflow-hidden rounded bg-slate-200" role="progressbar" aria-valuenow={Math.round(completion * 100)} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-full bg-emerald-600" style={{ width: `${Math.min(100, completion * 100)}%` }} />
      </div>
      <div className="text-sm text-slate-600" data-testid="headline-yoy">
        {t("yoy")} {formatChange(row.yoy_change)} · {t("lastYear")} {formatCompact(row.previous_actual_fen, lang)} ·{" "}
        <Link className="text-sky-700 hover:underline" to="/orders?counts_toward_target=true">
          {t("viewOrders")}
        </Link>
      </div>
    </div>
  )
}
