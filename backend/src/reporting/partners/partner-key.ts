import type { ReferenceKey } from "../../modules/partner/service"

/**
 * A partner's reference stands in the ledger where an order's id stands for online and counter
 * sales (`order_id`), so the drill-down, the reconciliation's fingerprints and the attention list
 * treat it alike. Partner ids hold no colon; a reference may.
 */
const PREFIX = "partner:"
/** A whole submission, listed for attention when its booking job gave up. */
const SUBMISSION_PREFIX = "partner-submission:"

export const partnerOrderId = (key: ReferenceKey) => `${PREFIX}${key.partner_id}:${key.reference}`
export const submissionKey = (submissionId: string) => `${SUBMISSION_PREFIX}${submissionId}`

export function parsePartnerOrderId(id: string): ReferenceKey | null {
  if (!id.startsWith(PREFIX)) {
    return null
  }
  const rest = id.slice(PREFIX.length)
  const colon = rest.indexOf(":")
  return colon > 0 ? { partner_id: rest.slice(0, colon), reference: rest.slice(colon + 1) } : null
}

/** A product code an operator decided on: its lines are (re)booked. */
const CODE_PREFIX = "partner-code:"
export const codeKey = (codeId: string) => `${CODE_PREFIX}${codeId}`

export const parseSubmissionKey = (id: string) => (id.startsWith(SUBMISSION_PREFIX) ? id.slice(SUBMISSION_PREFIX.length) : null)
export const parseCodeKey = (id: string) => (id.startsWith(CODE_PREFIX) ? id.slice(CODE_PREFIX.length) : null)

/** Whether a ledger job or attention key is a partner's rather than an order's. */
export const isPartnerKey = (id: string) => id.startsWith("partner")

/** A partner line's own id in the ledger (source and line item): its reference and line number. */
export const partnerLineId = (key: ReferenceKey, line: number) => `${partnerOrderId(key)}#${line}`
