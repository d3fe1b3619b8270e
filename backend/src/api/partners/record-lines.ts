import type { MedusaContainer } from "@medusajs/framework/types"
import type { PartnerLineError, PartnerSalesResponse } from "@onecounty/contracts/partners"
import type { SubmissionSource } from "../../modules/partner/constants"
import { checkPartnerLines, waitingCount } from "../../lib/partners/check-lines"
import { linesPayload } from "../../modules/partner/service"
import { recordPartnerSalesWorkflow } from "../../workflows/partner/record-partner-sales"

export type RecordOutcome =
  | { status: 200; body: PartnerSalesResponse }
  | { status: 400; errors: PartnerLineError[] }
  | { status: 409; errors: PartnerLineError[] }

/** Checks and records a partner's lines (from a request or a file): stored all or none, then booked. */
export async function recordPartnerLines(
  container: MedusaContainer,
  who: { partner_id: string; credential_id: string | null },
  raw: unknown[],
  source: SubmissionSource,
  filename: string | null = null
): Promise<RecordOutcome> {
  const checked = await checkPartnerLines(container, who.partner_id, raw)
  if (checked.errors.length) {
    return { status: 400, errors: checked.errors }
  }
  const { result } = await recordPartnerSalesWorkflow(container).run({
    input: { ...who, source, filename, lines: linesPayload(checked.lines), waiting_codes: checked.waiting_codes },
  })
  if (result.conflicts) {
    const index = new Map(checked.lines.map((l, i) => [`${l.reference}|${l.line}`, i]))
    return {
      status: 409,
      errors: result.conflicts
        .map((c) => ({
          line_index: index.get(`${c.reference}|${c.line}`) as number,
          reference: c.reference,
          line: c.line,
          field: "reference/line",
          reason: `reference ${c.reference} line ${c.line} was already received with different content`,
        }))
        .sort((a, b) => a.line_index - b.line_index),
    }
  }
  return {
    status: 200,
    body: {
      submission_id: result.submission_id,
      received: checked.lines.length,
      new: result.new,
      duplicates: result.duplicates,
      waiting_for_mapping: waitingCount(checked),
    },
  }
}
