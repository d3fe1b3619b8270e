// Shared with the storefront and the officials' console (packages/contracts).
export {
  CHANNEL_KINDS,
  LEDGER_KINDS,
  RECONCILIATION_STATUSES as RUN_STATUSES,
  TARGET_LEVELS,
  type ChannelKind,
  type LedgerKind,
  type ReconciliationStatus as RunStatus,
  type TargetLevel,
} from "@onecounty/contracts/enums"
export const ATTENTION_SOURCES = ["worker", "reconciliation"] as const
export type AttentionSource = (typeof ATTENTION_SOURCES)[number]
export const RUN_TRIGGERS = ["schedule", "admin"] as const

export const OFFICIAL_ACTOR = "official"
