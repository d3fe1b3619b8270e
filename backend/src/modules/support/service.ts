import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { AttentionSource, TargetLevel } from "./constants"
import { LedgerAttention } from "./models/ledger-attention"
import { Official } from "./models/official"
import { ReconciliationRun } from "./models/reconciliation-run"
import { SupportTarget } from "./models/support-target"

export type TargetValues = { year: number; level: TargetLevel; scope_code: string; amount: number; note: string | null }
export type SetTargetsResult = {
  created: string[]
  /** what the updated targets held before, to put back on compensation */
  previous: (TargetValues & { id: string })[]
}

// The ledger and tally tables are not models: they are written and read with SQL on the hot
// path (see src/reporting/ledger) and need bigint sums, which data models cannot declare.
export type ParkedOrder = { order_id: string; reason: string }

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
}

export default SupportModuleService
