// Values shared by the backend's validators and models, the storefront and the officials' console.

/** The 16 districts of Shanghai (each pairs with counties; a district official sees only theirs). */
export const SHANGHAI_DISTRICTS = [
  { zh: "黄浦区", en: "Huangpu" },
  { zh: "徐汇区", en: "Xuhui" },
  { zh: "长宁区", en: "Changning" },
  { zh: "静安区", en: "Jing'an" },
  { zh: "普陀区", en: "Putuo" },
  { zh: "虹口区", en: "Hongkou" },
  { zh: "杨浦区", en: "Yangpu" },
  { zh: "闵行区", en: "Minhang" },
  { zh: "宝山区", en: "Baoshan" },
  { zh: "嘉定区", en: "Jiading" },
  { zh: "浦东新区", en: "Pudong" },
  { zh: "金山区", en: "Jinshan" },
  { zh: "松江区", en: "Songjiang" },
  { zh: "青浦区", en: "Qingpu" },
  { zh: "奉贤区", en: "Fengxian" },
  { zh: "崇明区", en: "Chongming" },
] as const
export type ShanghaiDistrict = (typeof SHANGHAI_DISTRICTS)[number]["zh"]

/** How a Shanghai district and a county are paired. */
export const RELATION_TYPES = ["east_west", "counterpart", "three_gorges"] as const
export type RelationType = (typeof RELATION_TYPES)[number]

export const SUPPLIER_TYPES = ["enterprise", "cooperative", "family_farm", "trader"] as const
export type SupplierType = (typeof SUPPLIER_TYPES)[number]

/**
 * Where a sale was made: "online" is every sales channel without a counter behind it; "partner" is a
 * line a partner (supermarket chain, platform, union…) reported from its own systems.
 */
export const CHANNEL_KINDS = ["online", "hub", "counter", "outlet", "direct_store", "partner"] as const
export type ChannelKind = (typeof CHANNEL_KINDS)[number]

/** Physical counters: every channel kind but online. */
export const COUNTER_KINDS = ["hub", "counter", "outlet", "direct_store"] as const
export type CounterKind = (typeof COUNTER_KINDS)[number]

/** What an annual support target is set for. */
export const TARGET_LEVELS = ["all", "province", "prefecture", "county", "district", "channel_kind"] as const
export type TargetLevel = (typeof TARGET_LEVELS)[number]

/** How the officials' reports group figures. */
export const REPORT_LEVELS = ["all", "province", "prefecture", "county", "district", "channel_kind", "counter", "partner"] as const
export type ReportLevel = (typeof REPORT_LEVELS)[number]

/** received (default): the orders that count; awaiting: placed, not paid, counted nowhere. */
export const PAYMENT_STATES = ["received", "awaiting"] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

export const LEDGER_KINDS = ["sale", "cancellation", "return", "refund"] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]

export const RECONCILIATION_STATUSES = ["running", "succeeded", "succeeded_with_attention", "failed"] as const
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number]

export const PAYMENT_METHODS = ["cash", "card", "qr"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const CLERK_ROLES = ["clerk", "manager"] as const
export type ClerkRole = (typeof CLERK_ROLES)[number]

/** Who reports sales from their own systems (docs/PARTNERS.md). */
export const PARTNER_KINDS = ["supermarket_chain", "hub", "platform", "union", "enterprise", "other"] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

/** How a partner's line names its product: our EAN-13 barcode, or the partner's own SKU. */
export const CODE_KINDS = ["barcode", "sku"] as const
export type CodeKind = (typeof CODE_KINDS)[number]

/** A partner's product code: waiting for an operator, mapped to a product, or not an assistance product. */
export const CODE_STATUSES = ["waiting", "mapped", "not_assistance"] as const
export type CodeStatus = (typeof CODE_STATUSES)[number]
