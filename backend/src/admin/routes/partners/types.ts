import type { AdminPartner, AdminPartnerDetailResponse, AdminPartnerListItem } from "@onecounty/contracts/admin-partners"
import type { PartnerKind } from "../../../modules/partner/constants"

export type { AdminCredential as Credential, AdminOutlet as Outlet } from "@onecounty/contracts/admin-partners"

/** A partner as the list (with counts) or its page (with outlets and keys) shows it. */
export type Partner = AdminPartner &
  Partial<Pick<AdminPartnerListItem, "outlets_count" | "lines_waiting">> &
  Partial<Pick<AdminPartnerDetailResponse["partner"], "outlets" | "credentials">>

export const KIND_LABELS: Record<PartnerKind, string> = {
  supermarket_chain: "连锁超市 Supermarket chain",
  hub: "消费帮扶中心 Hub",
  platform: "平台 Platform",
  union: "工会 Union",
  enterprise: "企事业单位 Enterprise",
  other: "其他 Other",
}

export const dateTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "—")
