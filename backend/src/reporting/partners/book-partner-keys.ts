import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import type { StoredLine } from "../../modules/partner/service"
import type { AttributionCache } from "../ledger/attribution-cache"
import { isolateFailures, type FailedOrder } from "../ledger/isolate-failures"
import { parseCodeKey, parsePartnerOrderId, parseSubmissionKey, partnerOrderId } from "./partner-key"
import { groupByReference } from "./load-partner-facts"
import { bookPartnerLines } from "./sync-partner-references"

/** The stored lines a partner key stands for, whole references: its own, a submission's, or those using a decided code. */
async function linesOf(partners: PartnerModuleService, key: string): Promise<StoredLine[]> {
  const reference = parsePartnerOrderId(key)
  if (reference) {
    return partners.linesOfReferences([reference])
  }
  const submission = parseSubmissionKey(key)
  if (submission) {
    return partners.linesOfSubmission(submission)
  }
  const codeId = parseCodeKey(key)
  if (codeId) {
    const [code] = await partners.listPartnerProductCodes({ id: codeId }, { withDeleted: true })
    return code ? partners.linesWithCode(code.partner_id, { kind: code.kind, code: code.code }) : []
  }
  return []
}

/**
 * Books the partner references behind the keys, a bad reference split out and returned with its
 * reason (by its own key, `partner:<partner>:<reference>`) so the rest are booked. The lines are
 * read once; splitting a failed batch books from them again rather than re-reading.
 */
export async function bookPartnerKeys(
  container: MedusaContainer,
  keys: string[],
  cache?: AttributionCache
): Promise<{ inserted: number; failed: FailedOrder[] }> {
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const read = await Promise.all(keys.map((k) => linesOf(partners, k)))
  const byReference = new Map<string, StoredLine[]>()
  for (const group of read.flatMap(groupByReference)) {
    const id = partnerOrderId(group[0])
    const known = byReference.get(id)
    // keys may overlap (a reference listed for attention and its submission): each line once
    byReference.set(id, known ? [...known, ...group.filter((l) => !known.some((k) => k.line === l.line))] : group)
  }
  const ids = [...byReference.keys()]
  let inserted = 0
  const failed: FailedOrder[] = []
  // 5,000 references per transaction: a submission is one.
  for (let i = 0; i < ids.length; i += 5000) {
    failed.push(
      ...(await isolateFailures(ids.slice(i, i + 5000), async (batch) => {
        inserted += await bookPartnerLines(
          container,
          batch.map((id) => byReference.get(id) as StoredLine[]),
          cache
        )
      }))
    )
  }
  return { inserted, failed }
}
