import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { AttentionSource, TargetLevel } from "./constants"
import type { LedgerEntry, LedgerKey } from "./ledger/entry"
import { LedgerAttention } from "./models/ledger-attention"
import { Official } from "./models/official"
import { ReconciliationRun } from "./models/reconciliation-run"
import { SupportTarget } from "./models/support-target"
import { knexOf, transactionOf, type SupportContext } from "./queries/knex-of"
import {
  bookedEntries,
  bookedFingerprints,
  bookedSourceCount,
  lastBookedAt,
  ledgerOrderIdsBetween,
  ordersWithSale,
  type BookedFingerprint,
} from "./queries/ledger-reads"
import { monthlyReport, type MonthRow } from "./queries/monthly"
import { ordersReport, type OrderRow } from "./queries/orders"
import { partnerFigures } from "./queries/partner-figures"
import { partnerLines } from "./queries/partner-lines"
import { progressReport, type ProgressRow } from "./queries/progress"
import { publicStats, type PublicStats } from "./queries/public-stats"
import { monthsBetween, rebuildTallies } from "./queries/rebuild-tallies"
import type { ReportFilter, ReportLevel } from "./queries/report-filter"
import { deleteEntries, insertEntries, withDeadlockRetry } from "./queries/write-entries"
import { countySales, ledgerYearSummary } from "./queries/year-figures"
import { yearsWithData, type YearWithData } from "./queries/years"

export type TargetValues = { year: number; level: TargetLevel; scope_code: string; amount: number; note: string | null }
export type SetTargetsResult = {
  created: string[]
  /** what the updated targets held before, to put back on compensation */
  previous: (TargetValues & { id: string })[]
}

export type ParkedOrder = { order_id: string; reason: string }
export type Page = { limit: number; offset: number }
export type OrdersFilter = ReportFilter & { counts_toward_target?: boolean; counter_id?: string }

/**
 * The support module: targets, officials, reconciliation runs and the orders listed for attention
 * as data models, and the sales ledger (sales_ledger_entry) with its monthly tallies (sales_tally).
 * Those two are not models: they are written and read with SQL on the hot path and need bigint
 * sums, which data models cannot declare. Every statement on them is in ./queries and runs on
 * this module's connection through the methods below; src/reporting computes what to book.
 */

class SupportModuleService extends MedusaService({ SupportTarget, ReconciliationRun, Official, LedgerAttention }) {
  /**
   * Lists orders the ledger could not book (again, if already listed), with their reasons. Two
   * workers may list the same order at once: the one that loses the insert updates instead.
   */
  async parkLedgerOrders(parked: ParkedOrder[], source: AttentionSource, runId: string | null = null): Promise<void> {
    try {
      await this.parkLedgerOrdersOnce(parked, source, runId)
    } catch (e) {
      if (!/already exists/.test((e as Error).message)) {
        throw e
      }
      await this.parkLedgerOrdersOnce(parked, source, runId)
    }
  }

  @InjectTransactionManager()
  protected async parkLedgerOrdersOnce(
    parked: ParkedOrder[],
    source: AttentionSource,
    runId: string | null,
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    if (!parked.length) {
      return
    }
    const now = new Date()
    const unique = [...new Map(parked.map((p) => [p.order_id, p])).values()]
    const existing = await this.listLedgerAttentions({ order_id: unique.map((p) => p.order_id) }, {}, context)
    const byOrder = new Map(existing.map((a) => [a.order_id, a]))
    const updates = unique
      .filter((p) => byOrder.has(p.order_id))
      .map((p) => {
        const found = byOrder.get(p.order_id)!
        return { id: found.id, reason: p.reason, source, run_id: runId, attempts: found.attempts + 1, last_tried_at: now, resolved_at: null }
      })
    const creates = unique
      .filter((p) => !byOrder.has(p.order_id))
      .map((p) => ({ order_id: p.order_id, reason: p.reason, source, run_id: runId, last_tried_at: now }))
    if (updates.length) {
      await this.updateLedgerAttentions(updates, context)
    }
    if (creates.length) {
      await this.createLedgerAttentions(creates, context)
    }
  }

  /** Marks listed orders as booked; returns how many were open. */
  @InjectTransactionManager()
  async resolveLedgerOrders(orderIds: string[], @MedusaContext() context: Context = {}): Promise<number> {
    if (!orderIds.length) {
      return 0
    }
    const open = await this.listLedgerAttentions({ order_id: orderIds, resolved_at: null }, { select: ["id"] }, context)
    if (open.length) {
      await this.updateLedgerAttentions(open.map((a) => ({ id: a.id, resolved_at: new Date() })), context)
    }
    return open.length
  }

  /** Creates or replaces targets by (year, level, scope) in one transaction: all or none. */
  @InjectTransactionManager()
  async setTargets(targets: TargetValues[], @MedusaContext() context: Context = {}): Promise<SetTargetsResult> {
    const years = [...new Set(targets.map((t) => t.year))]
    const existing = await this.listSupportTargets({ year: years }, {}, context)
    const byKey = new Map(existing.map((t) => [`${t.year}|${t.level}|${t.scope_code}`, t]))
    const updates: (TargetValues & { id: string })[] = []
    const previous: SetTargetsResult["previous"] = []
    const creates: TargetValues[] = []
    for (const target of targets) {
      const found = byKey.get(`${target.year}|${target.level}|${target.scope_code}`)
      if (found) {
        updates.push({ id: found.id, ...target })
        previous.push({
          id: found.id,
          year: found.year,
          level: found.level,
          scope_code: found.scope_code,
          amount: Number(found.amount),
          note: found.note,
        })
      } else {
        creates.push(target)
      }
    }
    if (updates.length) {
      await this.updateSupportTargets(updates, context)
    }
    const created = creates.length ? await this.createSupportTargets(creates, context) : []
    return { created: created.map((t) => t.id), previous }
  }

  /**
   * Books the entries not yet in the ledger and adds them to the tallies, in one statement:
   * the tallies grow by exactly the rows that were new, and a replayed entry adds nothing.
   * Returns how many were new. A transaction lost to a deadlock is run again.
   */
  async writeEntries(entries: LedgerEntry[]): Promise<number> {
    return entries.length ? withDeadlockRetry(() => this.writeEntriesOnce(entries)) : 0
  }

  @InjectTransactionManager()
  protected async writeEntriesOnce(entries: LedgerEntry[], @MedusaContext() context: SupportContext = {}): Promise<number> {
    return insertEntries(transactionOf(context), entries)
  }

  /** Deletes ledger rows by key and takes them out of the tallies; returns how many went. */
  async deleteEntries(keys: LedgerKey[]): Promise<number> {
    return keys.length ? withDeadlockRetry(() => this.repairEntriesOnce(keys, []).then((r) => r.removed)) : 0
  }

  /** Replaces wrong ledger rows with the right ones in one transaction (the reconciliation's repair). */
  async repairEntries(stale: LedgerKey[], wanted: LedgerEntry[]): Promise<{ removed: number; inserted: number }> {
    return withDeadlockRetry(() => this.repairEntriesOnce(stale, wanted))
  }

  @InjectTransactionManager()
  protected async repairEntriesOnce(
    stale: LedgerKey[],
    wanted: LedgerEntry[],
    @MedusaContext() context: SupportContext = {}
  ): Promise<{ removed: number; inserted: number }> {
    const trx = transactionOf(context)
    const removed = await deleteEntries(trx, stale)
    return { removed, inserted: await insertEntries(trx, wanted) }
  }

  /**
   * Recomputes the tallies of the months that Shanghai days `from`–`to` touch from the ledger;
   * returns how many tally rows were wrong.
   */
  @InjectTransactionManager()
  async rebuildTallies(from: string, to: string, @MedusaContext() context: SupportContext = {}): Promise<number> {
    return rebuildTallies(knexOf(context), monthsBetween(from, to))
  }

  /** Progress towards the year's targets at `level` under the filter (see queries/progress.ts). */
  @InjectManager()
  async progressReport(filter: ReportFilter, level: ReportLevel, @MedusaContext() context: SupportContext = {}): Promise<ProgressRow[]> {
    return progressReport(knexOf(context), filter, level)
  }

  /** The year month by month, every month present. */
  @InjectManager()
  async monthlyReport(filter: ReportFilter, @MedusaContext() context: SupportContext = {}): Promise<MonthRow[]> {
    return monthlyReport(knexOf(context), filter)
  }

  /** The booked orders behind a report cell, newest first, a page at a time. */
  @InjectManager()
  async ordersReport(filter: OrdersFilter, page: Page, @MedusaContext() context: SupportContext = {}): Promise<{ orders: OrderRow[]; count: number }> {
    return ordersReport(knexOf(context), filter, page)
  }

  /** The years that have sales or targets (for a district: its own), newest first. */
  @InjectManager()
  async yearsWithData(district?: string, @MedusaContext() context: SupportContext = {}): Promise<YearWithData[]> {
    return yearsWithData(knexOf(context), district)
  }

  /** This Shanghai year's counted net sales and the counties they came from: the home page's counter. */
  @InjectManager()
  async publicStats(now: Date = new Date(), @MedusaContext() context: SupportContext = {}): Promise<PublicStats> {
    return publicStats(knexOf(context), now)
  }

  /** When the newest booked entry happened, or null for an empty ledger. */
  @InjectManager()
  async lastBookedAt(@MedusaContext() context: SupportContext = {}): Promise<Date | null> {
    return lastBookedAt(knexOf(context))
  }

  /** A year's figures per partner and the partners' share of the whole, under the filter. */
  @InjectManager()
  async partnerFigures(filter: ReportFilter, @MedusaContext() context: SupportContext = {}) {
    return partnerFigures(knexOf(context), filter)
  }

  /** One partner's booked lines, newest first, under the filter. */
  @InjectManager()
  async partnerLines(filter: ReportFilter, partnerId: string, page: Page, @MedusaContext() context: SupportContext = {}) {
    return partnerLines(knexOf(context), filter, partnerId, page)
  }

  /** The booked entries of the orders dated `from`–`to`, by key, each with its fingerprint. */
  @InjectManager()
  async bookedFingerprints(
    orderIds: string[],
    from: string,
    to: string,
    @MedusaContext() context: SupportContext = {}
  ): Promise<Map<string, BookedFingerprint>> {
    return bookedFingerprints(knexOf(context), orderIds, from, to)
  }

  /** Booked entries in full, by key. */
  @InjectManager()
  async bookedEntries(keys: LedgerKey[], @MedusaContext() context: SupportContext = {}): Promise<LedgerEntry[]> {
    return bookedEntries(knexOf(context), keys)
  }

  /** The order ids (and partner references) with an entry dated in [start, end). */
  @InjectManager()
  async ledgerOrderIdsBetween(start: Date, end: Date, @MedusaContext() context: SupportContext = {}): Promise<string[]> {
    return ledgerOrderIdsBetween(knexOf(context), start, end)
  }

  /** How many distinct sources (sales, returns, refunds, cancellations) are booked for the orders. */
  @InjectManager()
  async bookedSourceCount(orderIds: string[], @MedusaContext() context: SupportContext = {}): Promise<number> {
    return bookedSourceCount(knexOf(context), orderIds)
  }

  /** Of the orders, those whose sale is booked. */
  @InjectManager()
  async ordersWithSale(orderIds: string[], @MedusaContext() context: SupportContext = {}): Promise<Set<string>> {
    return ordersWithSale(knexOf(context), orderIds)
  }

  /** A year's counted sales by county and pairing district. */
  @InjectManager()
  async countySales(year: number, @MedusaContext() context: SupportContext = {}) {
    return countySales(knexOf(context), year)
  }

  /** A year's ledger in three numbers: orders, net sales, the part that counts. */
  @InjectManager()
  async ledgerYearSummary(year: number, @MedusaContext() context: SupportContext = {}) {
    return ledgerYearSummary(knexOf(context), year)
  }
}

export default SupportModuleService
