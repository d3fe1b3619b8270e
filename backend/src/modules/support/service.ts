import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { TargetLevel } from "./constants"
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
class SupportModuleService extends MedusaService({ SupportTarget, ReconciliationRun, Official }) {
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
