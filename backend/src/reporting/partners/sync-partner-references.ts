import type { MedusaContainer } from "@medusajs/framework/types"
import type { ReferenceKey, StoredLine } from "../../modules/partner/service"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { AttributionCache } from "../ledger/attribution-cache"
import type { LedgerEntry } from "../ledger/types"
import { buildPartnerEntries } from "./build-partner-entries"
import { loadPartnerFacts, partnerFactsOf } from "./load-partner-facts"

/** Every entry the stored lines of these references imply (the worker's and the reconciliation's). */
export async function partnerEntries(container: MedusaContainer, keys: ReferenceKey[], cache?: AttributionCache): Promise<LedgerEntry[]> {
  const { references, productOf, attribution } = await loadPartnerFacts(container, keys, cache)
  return references.flatMap((lines) => buildPartnerEntries(lines, productOf, attribution))
}

/**
 * Books the references' lines that are not in the ledger yet, in one transaction; safe to run
 * any number of times. Lines waiting for a mapping book nothing until they are mapped.
 */
export async function syncPartnerReferences(container: MedusaContainer, keys: ReferenceKey[], cache?: AttributionCache): Promise<number> {
  const entries = await partnerEntries(container, keys, cache)
  return container.resolve<SupportModuleService>(SUPPORT_MODULE).writeEntries(entries)
}

/** Books whole references' stored lines (already read, one group per reference) that are not in the ledger yet, in one transaction. */
export async function bookPartnerLines(container: MedusaContainer, references: StoredLine[][], cache?: AttributionCache): Promise<number> {
  const { productOf, attribution } = await partnerFactsOf(container, references, cache)
  const entries = references.flatMap((group) => buildPartnerEntries(group, productOf, attribution))
  return container.resolve<SupportModuleService>(SUPPORT_MODULE).writeEntries(entries)
}
