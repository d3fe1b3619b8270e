import { createColumnHelper } from "@tanstack/react-table"
import { DataTable } from "../components/DataTable"
import { formatMoney } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { kindKey } from "./messages"
import type { CompletenessResponse, PartnerCompleteness } from "./types"
import { usePartnerText } from "./use-partner-text"

const col = createColumnHelper<PartnerCompleteness>()

/**
 * Per partner: the last day it reported a sale, the months of the year with nothing from it, and
 * the lines waiting for an operator to map their barcode/SKU. Late partners come first, in red.
 */
export function Completeness({ data }: { data: CompletenessResponse }) {
  const { name } = useI18n()
  const p = usePartnerText()
  const months = (list: number[]) => (list.length ? list.map((n) => p("monthN", { n })).join(" ") : p("none"))
  const columns = [
    col.accessor((r) => name(r), {
      id: "name",
      header: p("partner"),
      cell: (c) => (
        <span className={`inline-flex items-center gap-2 ${c.row.original.late ? "font-medium text-red-700" : ""}`}>
          {c.getValue()}
          {c.row.original.late && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800" data-testid="late-badge">{p("late")}</span>}
        </span>
      ),
    }),
    col.accessor("kind", { header: p("kind"), cell: (c) => p(kindKey(c.getValue())) }),
    col.accessor("district_zh", { header: p("district"), cell: (c) => c.getValue() ?? "—" }),
    col.accessor("last_sale_date", {
      header: p("lastSaleDate"),
      cell: (c) => <span className={c.row.original.late ? "text-red-700" : ""}>{c.getValue() ?? p("nothingYet")}</span>,
      sortUndefined: "first",
    }),
    col.accessor("months_missing", {
      header: p("monthsMissing"),
      cell: (c) => <span className={c.getValue().length ? "text-amber-700" : "text-slate-500"}>{months(c.getValue())}</span>,
      sortingFn: (a, b) => a.original.months_missing.length - b.original.months_missing.length,
    }),
    col.accessor("lines_waiting", {
      header: p("linesWaiting"),
      cell: (c) => (c.getValue() === null ? "—" : <span className={c.getValue() ? "text-amber-700" : ""}>{c.getValue()}</span>),
    }),
    col.accessor("net_fen", { header: p("net"), cell: (c) => formatMoney(c.getValue()) }),
  ]
  // late first, then by name; the table can be re-sorted by any column
  const rows = [...data.partners].sort((a, b) => Number(b.late) - Number(a.late) || a.name_zh.localeCompare(b.name_zh, "zh"))
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-500">{p("completenessNote", { days: data.late_after_days })}</p>
      <DataTable data={rows} columns={columns} testId="completeness-table" />
    </div>
  )
}
