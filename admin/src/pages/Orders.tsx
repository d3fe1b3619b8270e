import { createColumnHelper } from "@tanstack/react-table"
import { useSearchParams } from "react-router"
import { DataTable } from "../components/DataTable"
import { ExportButtons } from "../components/ExportButtons"
import { Card, QueryState } from "../components/states"
import { formatMoney } from "../lib/format"
import { useI18n } from "../lib/i18n"
import { useScopeName } from "../lib/names"
import { useOrders } from "../lib/queries"
import type { ReportLevel } from "@onecounty/contracts/enums"
import type { OrderRow, ReportFilter } from "@onecounty/contracts/officials"

const PAGE = 20
const FILTER_KEYS = ["province", "prefecture", "county", "district", "channel_kind", "counter_id", "partner_id", "month", "counts_toward_target", "payment"] as const
const col = createColumnHelper<OrderRow>()

/** The orders behind any figure: the filter comes from the link that led here. */
export function Orders() {
  const { t } = useI18n()
  const scopeName = useScopeName()
  const [params, setParams] = useSearchParams()
  const filter = Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : []))) as ReportFilter
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const orders = useOrders(filter, { limit: PAGE, offset })
  const columns = [
    col.accessor("order_id", { header: t("orderId") }),
    col.accessor("sale_date", { header: t("saleDate") }),
    col.accessor("gross_fen", { header: t("gross"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("reductions_fen", { header: t("reductions"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("net_fen", { header: t("net"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("counted_fen", { header: t("counted"), cell: (c) => formatMoney(c.getValue()) }),
    col.accessor("lines", { header: t("lines") }),
  ]
  const page = (to: number) => {
    const next = new URLSearchParams(params)
    next.set("offset", String(to))
    setParams(next)
  }
  const awaiting = filter.payment === "awaiting"
  const showPayment = (payment: "received" | "awaiting") => {
    const next = new URLSearchParams(params)
    next.delete("offset")
    if (payment === "awaiting") next.set("payment", "awaiting")
    else next.delete("payment")
    setParams(next)
  }
  const chip = ([key, value]: [string, string]) => {
    if (key === "month") return `${t("month")}: ${value}`
    if (key === "counts_toward_target") return `${t("counted")}: ${value === "true" ? "✓" : "✗"}`
    if (key === "payment") return t("awaitingPayment")
    const level = (key === "counter_id" ? "counter" : key) as Exclude<ReportLevel, "all">
    return `${t(`level_${level}`)}: ${scopeName(level, value)}`
  }
  const chips = Object.entries(filter).map(([k, v]) => chip([k, String(v)]))
  return (
    <Card title={t("navOrders")} actions={<ExportButtons path="/officials/reports/orders" query={orders.query} />}>
      <div className="mb-3 flex gap-2 text-sm" role="tablist">
        {(["received", "awaiting"] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={awaiting === (p === "awaiting")}
            className={`rounded border px-3 py-1 ${awaiting === (p === "awaiting") ? "border-sky-600 bg-sky-50 font-medium" : ""}`}
            onClick={() => showPayment(p)}
            data-testid={`payment-${p}`}
          >
            {t(p === "awaiting" ? "awaitingPayment" : "paymentReceived")}
          </button>
        ))}
      </div>
      {awaiting && <p className="mb-2 text-sm text-amber-700">{t("awaitingPaymentNote")}</p>}
      {chips.length > 0 && <p className="mb-2 text-sm text-slate-600" data-testid="order-filter">{t("filters")}: {chips.join(" · ")}</p>}
      <QueryState query={orders}>
        {(d) => {
          const pages = Math.max(1, Math.ceil(d.count / PAGE))
          return (
            <>
              <DataTable data={d.orders} columns={columns} testId="orders-table" />
              <div className="mt-3 flex items-center justify-between text-sm">
                <span data-testid="orders-count">{t("pageOf", { page: Math.floor(offset / PAGE) + 1, pages, count: d.count })}</span>
                <span className="flex gap-2">
                  <button type="button" className="rounded border px-2 py-1 disabled:opacity-40" disabled={offset === 0} onClick={() => page(Math.max(0, offset - PAGE))}>
                    {t("previous")}
                  </button>
                  <button type="button" className="rounded border px-2 py-1 disabled:opacity-40" disabled={offset + PAGE >= d.count} onClick={() => page(offset + PAGE)} data-testid="next-page">
                    {t("next")}
                  </button>
                </span>
              </div>
            </>
          )
        }}
      </QueryState>
    </Card>
  )
}
