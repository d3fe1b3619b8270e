import type { PartnerKind } from "../../../modules/partner/constants"

export type Outlet = { id: string; partner_id: string; code: string; name: string; district_zh: string | null }

export type Credential = {
  id: string
  partner_id: string
  key_id: string
  /** the secret's last 4 characters */
  secret_hint: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export type Partner = {
  id: string
  name_zh: string
  name_en: string
  kind: PartnerKind
  district_zh: string | null
  outlets_count?: number
  lines_waiting?: number
  outlets?: Outlet[]
  credentials?: Credential[]
}

export const KIND_LABELS: Record<PartnerKind, string> = {
  supermarket_chain: "连锁超市 Supermarket chain",
  hub: "消费帮扶中心 Hub",
  platform: "平台 Platform",
  union: "工会 Union",
  enterprise: "企事业单位 Enterprise",
  other: "其他 Other",
}

/** A row-numbered refusal of an uploaded file (row: the file's row, header = 1). */
export type RowError = { row: number; column: string; reason: string }

export type UploadResult = {
  submission_id: string
  received: number
  new: number
  duplicates: number
  waiting_for_mapping: number
  rows?: number
}

export const dateTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—")
