import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type { SubmissionSource } from "../../modules/partner/constants"
import { PartnerLineConflict, type CodeKey, type LinesPayload } from "../../modules/partner/service"
import type PartnerModuleService from "../../modules/partner/service"
import { enqueueLedgerJob } from "../../reporting/queue/enqueue"
import { submissionKey } from "../../reporting/partners/partner-key"

export const PARTNER_SALES_RECEIVED = "partner.sales_received"

export type RecordPartnerSalesInput = {
  partner_id: string
  credential_id: string | null
  source: SubmissionSource
  filename: string | null
  /** the checked lines as one JSON string (see LinesPayload) */
  lines: LinesPayload
  waiting_codes: CodeKey[]
}
export type RecordPartnerSalesResult =
  | { submission_id: string; new: number; duplicates: number; conflicts?: undefined }
  | { conflicts: { reference: string; line: number }[]; submission_id?: undefined }

/**
 * Stores the lines in one transaction. A conflicting resend is an answer, not a failure: the
 * transaction has rolled back, so there is nothing to compensate and nothing to book.
 */
const storePartnerLinesStep = createStep(
  "partner-store-sale-lines",
  async (input: RecordPartnerSalesInput, { container }) => {
    const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
    try {
      const stored = await partners.storeSaleLines(input)
      return new StepResponse<RecordPartnerSalesResult, string | null>(stored, stored.submission_id)
    } catch (e) {
      if (e instanceof PartnerLineConflict) {
        return new StepResponse<RecordPartnerSalesResult, string | null>({ conflicts: e.conflicts }, null)
      }
      throw e
    }
  },
  async (submissionId, { container }) => {
    if (submissionId) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).removeSubmission(submissionId)
    }
  }
)

/** One job per submission (deterministic id): the reporting worker books all of its references. */
const queuePartnerBookingStep = createStep("partner-queue-booking", async (stored: RecordPartnerSalesResult, { container }) => {
  if (stored.submission_id && stored.new > 0) {
    await enqueueLedgerJob(container, {
      event: PARTNER_SALES_RECEIVED,
      order_id: submissionKey(stored.submission_id),
      source_id: stored.submission_id,
    })
  }
  return new StepResponse(stored)
})

export const recordPartnerSalesWorkflow = createWorkflow("partner-record-sales", (input: RecordPartnerSalesInput) => {
  const stored = storePartnerLinesStep(input)
  return new WorkflowResponse(queuePartnerBookingStep(stored))
})
