import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AttributionCache } from "../ledger/attribution-cache"
import { isolateFailures, type FailedOrder } from "../ledger/isolate-failures"
import { buildLedgerEntries } from "../ledger/build-entries"
import { loadOrderFacts } from "../ledger/load-order-facts"
import { ordersActiveBetween } from "../ledger/read-orders"
import { ledgerKey, type LedgerEntry } from "../ledger/types"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { isPartnerKey, parsePartnerOrderId, partnerOrderId } from "../partners/partner-key"
import { partnerEntries } from "../partners/sync-partner-references"
import type { ReferenceKey } from "../../modules/partner/service"
import { SUPPORT_MODULE } from "../../modules/support"
import { fingerprint } from "../../modules/support/ledger/fingerprint"
import type { BookedFingerprint } from "../../modules/support/queries/ledger-reads"
import type SupportModuleService from "../../modules/support/service"
import { shanghaiRange } from "../shanghai-date"
import { diffLedger, type LedgerDifference } from "./diff-ledger"

export type ReconcileProgress = {
  orders_total: number
  orders_done: number
  differences_found: number
  repaired: number
  tally_rows_corrected: number
  /** orders that could not be booked, with the reason: the run repairs everything else */
  attention: FailedOrder[]
  /** the first differences, summarised for people */
  differences: { key: string; kind: LedgerDifference["kind"]; columns?: string[] }[]
}

export type ReconcilePhase = "candidates" | "booked" | "read_orders" | "build" | "compare" | "repair" | "tallies"

export type ReconcileOptions = {
  repair: boolean
  batchSize?: number
  sampleSize?: number
  onProgress?: (progress: ReconcileProgress) => Promise<void> | void
  /** milliseconds spent in each phase, added up over the batches in flight (the benchmark's) */
  timings?: Partial<Record<ReconcilePhase, number>>
}

/**
 * What separates the booked entries from those the orders imply. Matching fingerprints settle
 * most entries; the rest are read in full and compared column by column, which names the columns
 * and keeps the answer right even if the two fingerprint writers ever drifted apart.
 */
async function differencesOf(support: SupportModuleService, expected: LedgerEntry[], booked: Map<string, BookedFingerprint>): Promise<LedgerDifference[]> {
  const missing: LedgerDifference[] = []
  const suspect: LedgerEntry[] = []
  for (const entry of expected) {
    const key = ledgerKey(entry)
    const found = booked.get(key)
    booked.delete(key)
    if (!found) {
      missing.push({ key, kind: "missing", expected: entry })
    } else if (found.print !== fingerprint(entry)) {
      suspect.push(entry)
    }
  }
  const actual = await support.bookedEntries([...suspect, ...booked.values()])
  return [...missing, ...diffLedger(suspect, actual)]
}

/**
 * Recomputes the ledger entries dated `from`–`to` (Shanghai days, inclusive) from the orders,
 * reports every difference and, when asked, repairs it in one transaction per batch, then
 * rebuilds the tallies of the months in range from the repaired ledger.
 */
export async function reconcileRange(
  container: MedusaContainer,
  from: string,
  to: string,
  options: ReconcileOptions
): Promise<ReconcileProgress> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const timed = async <T>(phase: ReconcilePhase, run: () => Promise<T> | T): Promise<T> => {
    const t = performance.now()
    try {
      return await run()
    } finally {
      if (options.timings) {
        options.timings[phase] = (options.timings[phase] ?? 0) + performance.now() - t
      }
    }
  }
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const batchSize = options.batchSize ?? 2000
  // Attribution is read fresh by each run and then reused across its batches: the same products
  // recur in every batch, and a run takes minutes, not the hours a stale read would matter for.
  const cache = new AttributionCache(60 * 60 * 1000)
  const sampleSize = options.sampleSize ?? 100
  const { start, end } = shanghaiRange(from, to)
  // Partner references stand where orders do (their ledger order_id): those with a line sold or
  // refunded in range come from the stored submissions; those already booked there, from the ledger.
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  // Orders that changed in range, and whatever is already booked there (an order deleted since).
  const [orderIds, booked, references] = await timed("candidates", () =>
    Promise.all([ordersActiveBetween(db, start, end), support.ledgerOrderIdsBetween(start, end), partners.referencesSoldBetween(start, end)])
  )
  const ids = [...new Set([...orderIds, ...booked, ...references.map(partnerOrderId)])].sort()
  const progress: ReconcileProgress = {
    orders_total: ids.length,
    orders_done: 0,
    differences_found: 0,
    repaired: 0,
    tally_rows_corrected: 0,
    attention: [],
    differences: [],
  }
  await options.onProgress?.(progress)

  const batches = Array.from({ length: Math.ceil(ids.length / batchSize) }, (_, i) =>
    ids.slice(i * batchSize, (i + 1) * batchSize)
  )
  // Repairs run one at a time: each deletes and inserts entries and adds both to the tallies of
  // the same months, so two side by side lock tally rows in two passes each and deadlocked each
  // other faster than a retry could get through (a million orders, three batches in flight).
  let repairing: Promise<unknown> = Promise.resolve()
  const repairSerially = (stale: LedgerEntry[], wanted: LedgerEntry[]) => {
    const done = repairing.then(() => support.repairEntries(stale, wanted))
    repairing = done.catch(() => undefined)
    return done
  }
  // Counted only once a batch is through, so a batch split to isolate a bad order counts each
  // order once.
  const reconcileBatch = async (batch: string[]) => {
    // Booked rows are read before the orders: an entry the worker adds in between then shows up
    // as missing (and is inserted as a no-op), never as extra (and wrongly deleted).
    const booked = await timed("booked", () => support.bookedFingerprints(batch, from, to))
    const { orders, attribution } = await timed("read_orders", () =>
      loadOrderFacts(container, batch.filter((id) => !isPartnerKey(id)), cache)
    )
    const partnerKeys = batch.map(parsePartnerOrderId).filter((k): k is ReferenceKey => k !== null)
    const partnerExpected = partnerKeys.length ? await partnerEntries(container, partnerKeys, cache) : []
    const expected = await timed("build", () =>
      [...orders.flatMap((order) => buildLedgerEntries(order, attribution)), ...partnerExpected].filter(
        (e) => e.entry_date >= from && e.entry_date <= to
      )
    )
    const differences = await timed("compare", () => differencesOf(support, expected, booked))
    if (options.repair && differences.length) {
      const stale = differences.filter((d) => d.kind !== "missing").map((d) => d.actual as LedgerEntry)
      const wanted = differences.filter((d) => d.kind !== "extra").map((d) => d.expected as LedgerEntry)
      await timed("repair", () => repairSerially(stale, wanted))
      progress.repaired += differences.length
    }
    progress.differences_found += differences.length
    progress.differences.push(
      ...differences.slice(0, Math.max(0, sampleSize - progress.differences.length)).map(({ key, kind, columns }) => ({ key, kind, columns }))
    )
    progress.orders_done += batch.length
  }
  // One order whose data cannot be booked is split out and listed; the rest of its batch is repaired.
  const reconcileIsolating = async (batch: string[]) => {
    const failed = await isolateFailures(batch, reconcileBatch)
    progress.attention.push(...failed)
    progress.orders_done += failed.length
    await options.onProgress?.(progress)
  }
  // Three batches in flight: the database works on some while this process computes another.
  let next = 0
  const lane = async () => {
    while (next < batches.length) {
      await reconcileIsolating(batches[next++])
    }
  }
  await Promise.all([lane(), lane(), lane()])
  if (options.repair) {
    progress.tally_rows_corrected = await timed("tallies", () => support.rebuildTallies(from, to))
    await options.onProgress?.(progress)
  }
  return progress
}
