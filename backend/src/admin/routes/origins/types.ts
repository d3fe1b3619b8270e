import type { RelationType } from "../../../modules/origin/constants"

export type { AdminCounty as County, AdminPairing as Pairing } from "@onecounty/contracts/admin-origins"

export const RELATION_LABELS: Record<RelationType, string> = {
  east_west: "东西部协作 East–west cooperation",
  counterpart: "对口支援 Counterpart support",
  three_gorges: "三峡移民 Three Gorges",
}

export const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })
