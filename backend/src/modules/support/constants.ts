export const TARGET_LEVELS = ["all", "province", "prefecture", "county", "district", "channel_kind"] as const
export type TargetLevel = (typeof TARGET_LEVELS)[number]

// "online" is every sales channel without a counter behind it; "partner" is a line a partner
// (supermarket chain, platform, union…) reported from its own systems.
export const CHANNEL_KINDS = ["online", "hub", "counter", "outlet", "direct_store", "partner"] as const
export type ChannelKind = (typeof CHANNEL_KINDS)[number]

export const LEDGER_KINDS = ["sale", "cancellation", "return", "refund"] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]

export const RUN_STATUSES = ["running", "succeeded", "succeeded_with_attention", "failed"] as const
export type RunStatus = (typeof RUN_STATUSES)[number]
export const ATTENTION_SOURCES = ["worker", "reconciliation"] as const
export type AttentionSource = (typeof ATTENTION_SOURCES)[number]
export const RUN_TRIGGERS = ["schedule", "admin"] as const

export const OFFICIAL_ACTOR = "official"
