import type { RelationType } from "../../../modules/origin/constants"

export type Pairing = {
  id: string
  district_zh: string | null
  district_en: string | null
  relation_type: RelationType
  valid_from: string
  valid_to: string | null
}

export type County = {
  id: string
  code: string
  name_zh: string
  name_en: string
  specialty_zh: string | null
  verified: boolean
  prefecture: { code: string; name_zh: string; name_en: string; province: { code: string; name_zh: string; name_en: string } }
  pairings: Pairing[]
  products?: { id: string; title: string }[] | null
}

export const RELATION_LABELS: Record<RelationType, string> = {
  east_west: "东西部协作 East–west cooperation",
  counterpart: "对口支援 Counterpart support",
  three_gorges: "三峡移民 Three Gorges",
}

export const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })
