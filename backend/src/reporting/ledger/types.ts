import type { ChannelKind, LedgerKind } from "../../modules/support/constants"

/** What the ledger needs to know of an order, amounts already in fen. */
export type OrderFacts = {
  id: string
  currency_code: string
  /** when the order was placed */
  created_at: Date
  /**
   * When its money was received, which is when the sale counts: a counter sale's own server-side
   * record (kiosk_sale.sold_at), else the order's first captured payment; null while it awaits payment.
   */
  paid_at: Date | null
  canceled_at: Date | null
  sales_channel_id: string | null
  items: { id: string; product_id: string | null; quantity: number; total_fen: number }[]
  returns: { id: string; received_at: Date; items: { item_id: string; received_quantity: number }[] }[]
  refunds: { id: string; created_at: Date; amount_fen: number }[]
}

export type Window = { valid_from: Date; valid_to: Date | null }

export type ProductOrigin = {
  county: {
    id: string
    code: string
    prefecture_code: string
    province_code: string
    pairings: (Window & { district_zh: string | null })[]
  } | null
  certification: { issued_at: Date; expires_at: Date } | null
}

export type ChannelInfo = { kind: ChannelKind; counter_id: string | null }

export type Attribution = {
  products: Map<string, ProductOrigin>
  channels: Map<string, ChannelInfo>
}

export type LedgerEntry = {
  kind: LedgerKind
  source_id: string
  line_item_id: string
  order_id: string
  product_id: string | null
  occurred_at: Date
  entry_date: string
  year: number
  month: number
  sale_date: string
  county_id: string | null
  county_code: string | null
  prefecture_code: string | null
  province_code: string | null
  partner_district: string | null
  paired: boolean
  channel_id: string | null
  channel_kind: ChannelKind
  counter_id: string | null
  certified: boolean
  counts_toward_target: boolean
  quantity: number
  amount_fen: number
  currency_code: string
}

export const ledgerKey = (e: Pick<LedgerEntry, "kind" | "source_id" | "line_item_id">) =>
  `${e.kind}|${e.source_id}|${e.line_item_id}`
