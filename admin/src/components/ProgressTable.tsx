import { createColumnHelper } from "@tanstack/react-table"
import { Link } from "react-router"
import { formatChange, formatMoney, formatPercent } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { useScopeName } from "../lib/names"
import type { ReportLevel } from "@onecounty/contracts/enums"
import type { ProgressRow, ReportFilter } from "@onecounty/contracts/officials"
import { DataTable } from "./DataTable"

const col = createColumnHelper<ProgressRow & { name: string; rank?: number }>()

/** The query string of the orders behind a row: its own scope added to the view's filter. */
export function ordersLink(filter: ReportFilter, level: ReportLevel, code: string | null) {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
  const key = level === "counter" ? "counter_id" : level
  if (code !== null && level !== "all") params.set(key, code)
  return `/orders?${params}`
}

/**
 * Actual, target, completion, trend (year on year) and certified share per scope; the name links
 * one level down when `drill` gives a link, the orders column to the orders behind the row.
 */
export function ProgressTable(props: {
  rows: (ProgressRow & { rank?: number })[]
  level: ReportLevel
  filter: ReportFilter
  drill?: (code: string) => string | null
  testId?: string
}) {
  const { rows, level, filter, drill, testId } = props
  const { t } = useI18n()
  const scopeName = useScopeName()
  const data = rows.map((r) => ({ ...r, name: scopeName(level, r.scope_code) }))
  const ranked = rows.some((r) => r.rank !== undefined)
  const columns = [
    ...(ranked ? [col.accessor("rank", { header: t("rank") })] : []),
    col.accessor("name", {
      header: t(`level_${level}`),
      cell: (c) => {
        const to = c.row.original.scope_code && drill?.(c.row.original.scope_code)
        return to ? <Link className="text-sky-700 hover:underline" to={to}>{c.getValue()}</Link> : c.getValue()
      },
    }),
    col.accessor("actual_fen", { header: t("actual"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("target_fen", { header: t("target"), cell: (c) => (c.getValue() === null ? "—" : formatMoney(c.getValue()!)), sortUndefined: "last" }),
    col.accessor("completion", {
      header: t("completion"),
      cell: (c) => (
        <span className="inline-flex items-center gap-2">
          <span className="inline-block h-2 w-20 overflow-hidden rounded bg-slate-200">
            <span className="block h-full bg-emerald-600" style={{ width: `${Math.min(100, (c.getValue() ?? 0) * 100)}%` }} />
          </span>
          {formatPercent(c.getValue())}
        </span>
      ),
    }),
    col.accessor("yoy_change", {
      header: t("trend"),
      cell: (c) => {
        const v = c.getValue()
        return <span className={v === null ? "" : v >= 0 ? "text-emerald-700" : "text-red-700"}>{v === null ? "—" : `${v >= 0 ? "▲" : "▼"} ${formatChange(v)}`}</span>
      },
    }),
    col.accessor("certified_share", { header: t("certifiedShare"), cell: (c) => formatPercent(c.getValue()) }),
    col.display({
      id: "orders",
      header: t("orders"),
      cell: (c) => (
        <Link className="text-sky-700 hover:underline" to={ordersLink(filter, level, c.row.original.scope_code)}>
          {t("viewOrders")}
        </Link>
      ),
    }),
  ]
  return <DataTable data={data} columns={columns} testId={testId} />
}
