// The operators' partner routes (/admin/partners/*) used by the Medusa admin's partner pages.
// `Time` is string on the wire (ISO 8601) and Date where the backend builds the answer.
import type { CodeKind, CodeStatus, PartnerKind } from "./enums"
import type { PartnerFileRefusal, PartnerFileResponse } from "./partners"

export type AdminOutlet<Time = string> = {
  id: string
  partner_id: string
  code: string
  name: string
  district_zh: string | null
  created_at: Time
  updated_at: Time
}

/** A partner's API key: never the secret nor its seal, only its last 4 characters. */
export type AdminCredential<Time = string> = {
  id: string
  partner_id: string
  key_id: string
  secret_hint: string
  created_at: Time
  last_used_at: Time | null
  revoked_at: Time | null
}

export type AdminPartner<Time = string> = {
  id: string
  name_zh: string
  name_en: string
  kind: PartnerKind
  district_zh: string | null
  created_at: Time
  updated_at: Time
}
/** GET /admin/partners: each partner with its outlet count and the lines waiting for a mapping. */
export type AdminPartnerListItem<Time = string> = AdminPartner<Time> & { outlets_count: number; lines_waiting: number }
export type AdminPartnersResponse<Time = string> = { partners: AdminPartnerListItem<Time>[]; count: number; limit: number; offset: number }
export type AdminPartnerResponse<Time = string> = { partner: AdminPartner<Time> }
/** GET /admin/partners/:id: the partner with its outlets and keys. */
export type AdminPartnerDetailResponse<Time = string> = {
  partner: AdminPartner<Time> & { outlets: AdminOutlet<Time>[]; credentials: AdminCredential<Time>[] }
}
export type AdminPartnerDeleteResponse = { id: string; object: "partner"; deleted: true }

export type AdminOutletsResponse<Time = string> = { outlets: AdminOutlet<Time>[] }
export type AdminOutletResponse<Time = string> = { outlet: AdminOutlet<Time> }
export type AdminOutletDeleteResponse = { id: string; object: "partner_outlet"; deleted: true }

export type AdminCredentialsResponse<Time = string> = { credentials: AdminCredential<Time>[] }
export type AdminCredentialResponse<Time = string> = { credential: AdminCredential<Time> }
/** A new key: its secret is in this answer only. A rotation names the key it revoked. */
export type AdminIssuedCredentialResponse<Time = string> = { credential: AdminCredential<Time>; secret: string }
export type AdminRotatedCredentialResponse<Time = string> = AdminIssuedCredentialResponse<Time> & { revoked: string }

/** A partner's barcode or SKU, with the lines that wait on it (amounts in fen). */
export type AdminPartnerCode<Time = string> = {
  id: string
  partner_id: string
  kind: CodeKind
  code: string
  status: CodeStatus
  product_id: string | null
  decided_by: string | null
  decided_at: Time | null
  created_at: Time
  lines_waiting: number
  amount_fen_waiting: number
  first_sold_at: Time | null
  last_sold_at: Time | null
}
/** GET /admin/partners/:id/codes */
export type AdminPartnerCodesResponse<Time = string> = { codes: AdminPartnerCode<Time>[] }
/** GET /admin/partner-codes: the review queue across partners. */
export type AdminPartnerCodeQueueResponse<Time = string> = {
  codes: (AdminPartnerCode<Time> & { partner: { id: string; name_zh: string; name_en: string } | null })[]
  count: number
  limit: number
  offset: number
}
/** POST /admin/partner-codes/:id and /admin/partners/:id/codes: the decision, and how many lines it queued for booking. */
export type AdminCodeDecisionResponse<Time = string> = { code: AdminPartnerCode<Time>; queued_lines: number }
/** POST /admin/partners/:id/sales/files: an operator's upload on the partner's behalf answers as the partner's own. */
export type AdminPartnerFileResponse = PartnerFileResponse | PartnerFileRefusal
