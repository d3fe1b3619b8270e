import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import type { ReferenceKey } from "../../modules/partner/service"
import type { AttributionCache } from "../ledger/attribution-cache"
import { isolateFailures, type FailedOrder } from "../ledger/isolate-failures"
import { parseCodeKey, parsePartnerOrderId, parseSubmissionKey, partnerOrderId } from "./partner-key"
import { syncPartnerReferences } from "./sync-partner-references"

/** The references a partner key stands for: itself, a submission's, or those using a decided code. */
async function referencesOf(partners: PartnerModuleService, key: string): Promise<ReferenceKey[]> {
  const reference = parsePartnerOrderId(key)
  if (reference) {
    return [reference]
  }
  const submission = parseSubmissionKey(key)
  if (submission) {
    return partners.referencesOfSubmission(submission)
  }
  const codeId = parseCodeKey(key)
  if (codeId) {
    const [code] = await partners.listPartnerProductCodes({ id: codeId }, { withDeleted: true })
    return code ? partners.referencesWithCode(code.partner_id, { kind: code.kind, code: code.code }) : []
  }
  return []
}

/**
 * Books the partner references behind the keys, a bad reference split out and returned with its
 * reason (by its own key, `partner:<partner>:<reference>`) so the rest are booked.
 */
export async function bookPartnerKeys(
  container: MedusaContainer,
  keys: string[],
  cache?: AttributionCache
): Promise<{ inserted: number; failed: FailedOrder[] }> {
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const references = (await Promise.all(keys.map((k) => referencesOf(partners, k)))).flat()
  const ids = [...new Set(references.map(partnerOrderId))]
  let inserted = 0
  const failed: FailedOrder[] = []
  // 2,000 references per transaction: a 5,000-line submission is one or a few.
  for (let i = 0; i < ids.length; i += 2000) {
    failed.push(
      ...(await isolateFailures(ids.slice(i, i + 2000), async (batch) => {
        inserted += await syncPartnerReferences(container, batch.map((id) => parsePartnerOrderId(id) as ReferenceKey), cache)
      }))
    )
  }
  return { inserted, failed }
}
