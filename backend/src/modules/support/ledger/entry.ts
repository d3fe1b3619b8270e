import type { ChannelKind, LedgerKind } from "../constants"

/** One row of sales_ledger_entry: a sale, return, refund or cancellation of one line, in fen. */
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

/** What identifies an entry: booking the same key twice books it once. */
export type LedgerKey = Pick<LedgerEntry, "kind" | "source_id" | "line_item_id">

export const ledgerKey = (e: LedgerKey) => `${e.kind}|${e.source_id}|${e.line_item_id}`

export const LEDGER_COLUMNS: Record<keyof LedgerEntry, string> = {
  kind: "text",
  source_id: "text",
  line_item_id: "text",
  order_id: "text",
  product_id: "text",
  occurred_at: "timestamptz",
  entry_date: "date",
  year: "smallint",
  month: "smallint",
  sale_date: "date",
  county_id: "text",
  county_code: "text",
  prefecture_code: "text",
  province_code: "text",
  partner_district: "text",
  paired: "boolean",
  channel_id: "text",
  channel_kind: "text",
  counter_id: "text",
  certified: "boolean",
  counts_toward_target: "boolean",
  quantity: "integer",
  amount_fen: "bigint",
  currency_code: "text",
}
