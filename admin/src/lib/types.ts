// The officials' API as docs/REPORTING.md describes it; money in integer fen.
export type Figures = {
  actual_fen: number
  uncounted_fen: number
  gross_fen: number
  reductions_fen: number
  net_fen: number
  certified_fen: number
}

export type ProgressRow = Figures & {
  scope_code: string | null
  target_fen: number | null
  completion: number | null
  previous_actual_fen: number
  yoy_change: number | null
  certified_share: number | null
}
export type RankingRow = ProgressRow & { rank: number }
export type MonthRow = Figures & { month: number }
export type OrderRow = {
  order_id: string
  sale_date: string
  gross_fen: number
  reductions_fen: number
  net_fen: number
  counted_fen: number
  lines: number
  awaiting_payment?: true
}

export type Official = { id: string; email: string; name: string; district_zh: string | null; can_edit_targets?: boolean }
/** A year with ledger sales or targets, within the official's district when they have one. */
export type YearWithData = { year: number; has_sales: boolean; has_targets: boolean }

export type Named = { code: string; name_zh: string; name_en: string }
export type Regions = {
  provinces: Named[]
  prefectures: (Named & { province_code: string })[]
  counties: (Named & { prefecture_code: string; province_code: string })[]
  districts: Named[]
  counters: (Named & { kind: string; district_zh: string })[]
}

export type Target = { id: string; year: number; level: string; scope_code: string; amount_fen: number; note: string | null }

export type Reconciliation = {
  id: string
  status: "running" | "succeeded" | "succeeded_with_attention" | "failed"
  from_date: string
  to_date: string
  started_at: string
  finished_at: string | null
  orders_total: number
  orders_done: number
  differences_found: number
  repaired: number
  /** orders it could not book (listed for operators) */
  attention: number
  error: string | null
}

export type Freshness = {
  last_event_at: string | null
  queue: { waiting: number; active: number; delayed: number; failed: number; workers: number } | null
  lag_seconds: number | null
  attention: number
  checked_at: string
}

export type ReportLevel = "all" | "province" | "prefecture" | "county" | "district" | "channel_kind" | "counter"
export const CHANNEL_KINDS = ["online", "hub", "counter", "outlet", "direct_store"] as const

/** Filters shared by every report (query parameters of /officials/reports/*). */
export type ReportFilter = {
  province?: string
  prefecture?: string
  county?: string
  district?: string
  channel_kind?: string
  counter_id?: string
  month?: number
  counts_toward_target?: "true" | "false"
  /** received (default): the counted orders; awaiting: placed, not paid, counted nowhere */
  payment?: "received" | "awaiting"
}
