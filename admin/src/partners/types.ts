// The officials' partner routes (docs/PARTNERS.md). Local until they join @onecounty/contracts.
export type PartnerKind = "supermarket_chain" | "hub" | "platform" | "union" | "enterprise" | "other"

export type OfficialPartner = { id: string; name_zh: string; name_en: string; kind: PartnerKind; district_zh: string | null }

export type PartnerCompleteness = OfficialPartner & {
  /** Shanghai day, YYYY-MM-DD; null: nothing reported this year */
  last_sale_date: string | null
  last_received_at: string | null
  months_reported: number[]
  months_missing: number[]
  /** null for a district official: a waiting line has no county yet */
  lines_waiting: number | null
  net_fen: number
  actual_fen: number
  late: boolean
}

export type CompletenessResponse = {
  year: number
  as_of: string
  total_net_fen: number
  partner_net_fen: number
  partner_share: number | null
  late_after_days: number
  late: string[]
  partners: PartnerCompleteness[]
}

export type PartnersResponse = { partners: OfficialPartner[] }
