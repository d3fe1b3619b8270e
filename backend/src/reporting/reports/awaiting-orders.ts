import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildLedgerEntries } from "../ledger/build-entries"
import { loadOrderFacts } from "../ledger/load-order-facts"
import { awaitingPaymentOrderIds } from "../ledger/read-orders"
import type { LedgerEntry } from "../ledger/types"
import type { OrdersFilter as Filter } from "../../modules/support/service"
import type { OrderRow } from "@onecounty/contracts/officials"

/** The same narrowing as applyFilter, over entries in memory. */
function matches(e: LedgerEntry, f: Filter): boolean {
  return (
    (f.province === undefined || e.province_code === f.province) &&
    (f.prefecture === undefined || e.prefecture_code === f.prefecture) &&
    (f.county === undefined || e.county_code === f.county) &&
    (f.district === undefined || e.partner_district === f.district) &&
    (f.channel_kind === undefined || e.channel_kind === f.channel_kind) &&
    (f.month === undefined || e.month === f.month) &&
    (f.counts_toward_target === undefined || e.counts_toward_target === f.counts_toward_target) &&
    (f.counter_id === undefined || e.counter_id === f.counter_id)
  )
}

/**
 * Placed but unpaid orders behind a report cell: attributed as they would be if paid when placed,
 * shown as "awaiting payment" beside the counted ones and never part of `actual`.
 */
export async function awaitingOrdersReport(
  container: MedusaContainer,
  filter: Filter,
  page: { limit: number; offset: number }
): Promise<{ orders: (OrderRow & { awaiting_payment: true })[]; count: number }> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const from = `${filter.year}-${String(filter.month ?? 1).padStart(2, "0")}-01`
  const to = filter.month ? new Date(Date.UTC(filter.year, filter.month, 0)).toISOString().slice(0, 10) : `${filter.year}-12-31`
  const ids = await awaitingPaymentOrderIds(db, from, to)
  const { orders, attribution } = await loadOrderFacts(container, ids)
  const rows = orders
    .map((order) => {
      const lines = buildLedgerEntries({ ...order, paid_at: order.created_at }, attribution).filter((e) => matches(e, filter))
      const gross = lines.reduce((sum, e) => sum + e.amount_fen, 0)
      return { order_id: order.id, sale_date: lines[0]?.sale_date ?? "", gross_fen: gross, reductions_fen: 0, net_fen: gross, counted_fen: 0, lines: lines.length, awaiting_payment: true as const }
    })
    .filter((r) => r.lines > 0)
    .sort((a, b) => b.sale_date.localeCompare(a.sale_date) || b.order_id.localeCompare(a.order_id))
  return { orders: rows.slice(page.offset, page.offset + page.limit), count: rows.length }
}
