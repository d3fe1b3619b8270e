// The officials' API (/officials/*, docs/REPORTING.md) as the console reads it. Money in integer fen;
// ratios as fractions (0.1234 = 12.34 %); dates as Shanghai days (YYYY-MM-DD).
import type { ChannelKind, PaymentState, ReconciliationStatus, ReportLevel, TargetLevel } from "./enums"
import type { Named as StoreNamed } from "./store"

/** A coded place or counter with its Chinese and English names. */
export type Named = Omit<StoreNamed, "name">

/** The sums every report row carries. */
export type Figures = {
  /** net sales that count toward the targets */
  actual_fen: number
  /** net sales that do not count (uncertified goods, unpaired counties) */
  uncounted_fen: number
  gross_fen: number
  /** cancellations, returns and refunds, negative */
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
  /** placed, not paid: listed with payment=awaiting, counted nowhere */
  awaiting_payment?: true
}

/** Filters shared by every report (query parameters of /officials/reports/*). */
export type ReportFilter = {
  province?: string
  prefecture?: string
  county?: string
  district?: string
  channel_kind?: ChannelKind | string
  counter_id?: string
  month?: number
  counts_toward_target?: "true" | "false"
  payment?: PaymentState
}
/** The filter a report applied, as it echoes it back. */
export type AppliedFilter = {
  year: number
  province?: string
  prefecture?: string
  county?: string
  district?: string
  channel_kind?: ChannelKind
  month?: number
}

export type ProgressResponse = { progress: ProgressRow[]; filter: AppliedFilter; level: ReportLevel }
export type MonthlyResponse = { months: MonthRow[]; filter: AppliedFilter }
export type RankingsResponse = { rankings: RankingRow[]; filter: AppliedFilter; by: ReportLevel }
export type OrdersResponse = { orders: OrderRow[]; count: number; limit: number; offset: number }

export type Official = {
  id: string
  email: string
  name: string
  /** a district official sees this district only; null: the whole city */
  district_zh: string | null
  can_edit_targets?: boolean
}
export type MeResponse = { official: Official; csrf_token: string | null }

/** A year with ledger sales or targets, within the official's district when they have one. */
export type YearWithData = { year: number; has_sales: boolean; has_targets: boolean }
export type YearsResponse = { years: YearWithData[] }

/** GET /officials/regions: names for the codes the reports return. */
export type Regions = {
  provinces: Named[]
  prefectures: (Named & { province_code: string })[]
  counties: (Named & { prefecture_code: string; province_code: string })[]
  districts: Named[]
  counters: (Named & { kind: string; district_zh: string | null })[]
}

export type Target = {
  id: string
  year: number
  level: TargetLevel | string
  scope_code: string
  amount_fen: number
  note: string | null
}
export type TargetsResponse = { targets: Target[]; count: number }

/** One row of an import file that failed, 1-based with the header as row 1. */
export type RowError = { row: number; column: string; reason: string }
export type TargetsImportPreviewRow = {
  row: number
  year: number
  level: TargetLevel | string
  scope_code: string
  amount_fen: number
  note: string | null
  action: "create" | "replace"
  /** what the target holds now, for a replacement */
  current_amount_fen: number | null
}
export type TargetsImportPreviewResponse = {
  valid: boolean
  errors: RowError[]
  rows: TargetsImportPreviewRow[]
  create: number
  replace: number
}
export type TargetsImportResponse = { imported: number; created: number; updated: number }
/** HTTP 400 of an import: nothing was written. */
export type TargetsImportRefusal = { type: "invalid_data"; message: string; errors: RowError[] }

/** `Time` is string on the wire (ISO 8601) and Date where the backend builds the answer. */
export type Reconciliation<Time = string> = {
  id: string
  trigger?: string
  status: ReconciliationStatus
  from_date: string
  to_date: string
  started_at: Time
  finished_at: Time | null
  orders_total: number
  orders_done: number
  differences_found: number
  repaired: number
  tally_rows_corrected?: number
  /** orders it could not book (listed for operators) */
  attention: number
  error: string | null
}
export type LatestReconciliationResponse<Time = string> = { reconciliation: Reconciliation<Time> | null }

export type Freshness = {
  /** when the latest fact in the ledger happened (a sale, refund, …) */
  last_event_at: string | null
  /** jobs not yet booked; null when the ledger is written in-process (no Redis) */
  queue: { waiting: number; active: number; delayed: number; failed: number; workers: number } | null
  /** how long the oldest job still waiting has waited, seconds: the figures' lag behind the sales */
  lag_seconds: number | null
  /** orders the ledger could not book, listed for operators */
  attention: number
  checked_at: string
}
export type FreshnessResponse = { freshness: Freshness }
