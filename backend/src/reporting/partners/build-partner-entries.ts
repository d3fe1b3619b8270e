import type { StoredLine } from "../../modules/partner/service"
import type { LedgerKind } from "../../modules/support/constants"
import { attributeSale } from "../ledger/attribute"
import type { Attribution, LedgerEntry } from "../ledger/types"
import { businessDate } from "../shanghai-date"
import { partnerLineId, partnerOrderId } from "./partner-key"

/** The product a line's barcode or SKU stands for, or null while it waits or is not an assistance product. */
export type ProductOf = (line: StoredLine) => string | null

const codeOf = (line: StoredLine) => line.barcode ?? line.sku

/**
 * The ledger entries of one partner reference (its lines, sorted by line number), computed from
 * the stored lines alone so that the worker and the reconciliation yield the same rows. A sale
 * line is booked on the Shanghai day it was sold, attributed as things stood at that moment; a
 * return or refund line on the day it happened, with the attribution of the sale it reverses
 * (the reference's earliest sale of the same code), like an online refund.
 */
export function buildPartnerEntries(lines: StoredLine[], productOf: ProductOf, attribution: Attribution): LedgerEntry[] {
  const sales = lines.filter((l) => l.quantity > 0)
  const entries: LedgerEntry[] = []
  for (const line of lines) {
    const productId = productOf(line)
    if (!productId) {
      continue
    }
    const refund = line.amount_fen < 0
    const original = refund
      ? sales.filter((s) => codeOf(s) === codeOf(line)).sort((a, b) => a.sold_at.getTime() - b.sold_at.getTime())[0]
      : line
    if (!original) {
      // a refund of nothing sold cannot be stored (checked on receipt); never guessed here
      throw new Error(`partner ${line.partner_id} reference ${line.reference} line ${line.line}: no sale of ${codeOf(line)} to refund`)
    }
    const kind: LedgerKind = !refund ? "sale" : line.quantity < 0 ? "return" : "refund"
    const when = businessDate(line.sold_at)
    const attrs = attributeSale(productId, null, original.sold_at, attribution)
    const id = partnerLineId(line, line.line)
    entries.push({
      kind,
      source_id: id,
      line_item_id: id,
      order_id: partnerOrderId(line),
      product_id: productId,
      occurred_at: line.sold_at,
      entry_date: when.date,
      year: when.year,
      month: when.month,
      sale_date: original === line ? when.date : businessDate(original.sold_at).date,
      ...attrs,
      channel_id: line.partner_id,
      channel_kind: "partner",
      counter_id: original.outlet_id,
      quantity: line.quantity,
      amount_fen: line.amount_fen,
      currency_code: "cny",
    })
  }
  return entries
}
