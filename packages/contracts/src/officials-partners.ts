// The officials' partner routes (/officials/partners*, docs/PARTNERS.md) as the console reads them.
import type { PartnerKind } from "./enums"

export type { PartnerKind }

export type OfficialPartner = { id: string; name_zh: string; name_en: string; kind: PartnerKind; district_zh: string | null }

/** `Time` is string on the wire and Date where the backend builds the answer. */
export type PartnerCompleteness<Time = string> = OfficialPartner & {
  /** Shanghai day, YYYY-MM-DD; null: nothing reported this year */
  last_sale_date: string | null
  last_received_at: Time | null
  months_reported: number[]
  months_missing: number[]
  /** null for a district official: a waiting line has no county yet */
  lines_waiting: number | null
  net_fen: number
  actual_fen: number
  late: boolean
}

export type CompletenessResponse<Time = string> = {
  year: number
  /** null: no ledger figures this year yet */
  as_of: string | null
  total_net_fen: number
  total_actual_fen: number
  partner_net_fen: number
  partner_actual_fen: number
  partner_share: number | null
  late_after_days: number
  late: string[]
  partners: PartnerCompleteness<Time>[]
}

export type PartnersResponse = { partners: OfficialPartner[] }

/** GET /officials/partners/:id/lines: one partner's booked ledger lines, newest first (fen). */
export type PartnerLine = {
  order_id: string
  /** the partner's own reference of the sale */
  reference: string
  line: number
  kind: string
  entry_date: string
  sale_date: string
  outlet_id: string | null
  product_id: string | null
  county_code: string | null
  partner_district: string | null
  quantity: number
  amount_fen: number
  certified: boolean
  counts_toward_target: boolean
}
export type PartnerLinesResponse = { lines: PartnerLine[]; count: number; limit: number; offset: number }
