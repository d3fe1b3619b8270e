import type { ChannelKind } from "../../modules/support/constants"

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

// The ledger row is the support module's; the pure ledger code here builds them.
export { ledgerKey, type LedgerEntry, type LedgerKey } from "../../modules/support/ledger/entry"
