// Shared with the Medusa admin's partner pages and the officials' console (packages/contracts).
export {
  CODE_KINDS,
  CODE_STATUSES,
  PARTNER_KINDS,
  type CodeKind,
  type CodeStatus,
  type PartnerKind,
} from "@onecounty/contracts/enums"

export const SUBMISSION_SOURCES = ["api", "file", "admin_file"] as const
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number]

/** At most this many lines per request or file. */
export const MAX_LINES_PER_SUBMISSION = 5000
