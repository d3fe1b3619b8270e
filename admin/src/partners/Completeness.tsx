import { createColumnHelper } from "@tanstack/react-table"
import { DataTable } from "../components/DataTable"
import { formatMoney } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { kindKey } from "./messages"
import type { CompletenessResponse, PartnerCompleteness } from "./types"

const col = createColumnHelper<PartnerCompleteness>()

/**
 * Per partner: the last day it reported a sale, the months of the year with nothing from it, and
 * the lines waiting for an operator to map their barcode/SKU. Late partners come first, in red.
 */
export function Completeness({ data }: { data: CompletenessResponse }) {
  const { name, t } = useI18n()
  const months = (list: number[]) => (list.length ? list.map((n) => t("monthN", { n })).join(" ") : t("none"))
  const columns = [
    col.accessor((r) => name(r), {
      id: "name",
      header: t("partner"),
      cell: (c) => (
        <span className={`inline-flex items-center gap-2 ${c.row.original.late ? "font-medium text-red-700" : ""}`}>
          {c.getValue()}
          {c.row.original.late && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800" data-testid="late-badge">{t("late")}</span>}
        </span>
      ),
    }),
    col.accessor("kind", { header: t("kind"), cell: (c) => t(kindKey(c.getValue())) }),
    col.accessor("district_zh", { header: t("partnerDistrict"), cell: (c) => c.getValue() ?? "—" }),
    col.accessor("last_sale_date", {
      header: t("lastSaleDate"),
      cell: (c) => <span className={c.row.original.late ? "text-red-700" : ""}>{c.getValue() ?? t("nothingYet")}</span>,
      sortUndefined: "first",
    }),
    col.accessor("months_missing", {
      header: t("monthsMissing"),
      cell: (c) => <span className={c.getValue().length ? "text-amber-700" : "text-slate-500"}>{months(c.getValue())}</span>,
      sortingFn: (a, b) => a.original.months_missing.length - b.original.months_missing.length,
    }),
    col.accessor("lines_waiting", {
      header: t("linesWaiting"),
      cell: (c) => (c.getValue() === null ? "—" : <span className={c.getValue() ? "text-amber-700" : ""}>{c.getValue()}</span>),
    }),
    col.accessor("net_fen", { header: t("net"), cell: (c) => formatMoney(c.getValue()) }),
  ]
  // late first, then by name; the table can be re-sorted by any column
  const rows = [...data.partners].sort((a, b) => Number(b.late) - Number(a.late) || a.name_zh.localeCompare(b.name_zh, "zh"))
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-500">{t("completenessNote", { days: data.late_after_days })}</p>
      <DataTable data={rows} columns={columns} testId="completeness-table" />
    </div>
  )
}
