export const PARTNER_KINDS = ["supermarket_chain", "hub", "platform", "union", "enterprise", "other"] as const
export type PartnerKind = (typeof PARTNER_KINDS)[number]

export const CODE_KINDS = ["barcode", "sku"] as const
export type CodeKind = (typeof CODE_KINDS)[number]

/** A partner's product code: waiting for an operator, mapped to a product, or not an assistance product. */
export const CODE_STATUSES = ["waiting", "mapped", "not_assistance"] as const
export type CodeStatus = (typeof CODE_STATUSES)[number]

export const SUBMISSION_SOURCES = ["api", "file", "admin_file"] as const
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number]

/** At most this many lines per request or file. */
export const MAX_LINES_PER_SUBMISSION = 5000
