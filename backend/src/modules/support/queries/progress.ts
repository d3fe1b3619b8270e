import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DateTime } from "luxon"
import { SHANGHAI_ZONE } from "@onecounty/contracts/shanghai-day"
import { FIGURES_SQL, ratio, toFigures, ZERO, type Figures } from "./figures"
import { applyFilter, LEVEL_COLUMN, type ReportFilter, type ReportLevel } from "./report-filter"
import type { ProgressRow } from "@onecounty/contracts/officials"

export type { ProgressRow }

/** Months of the year that have begun in Shanghai: the year-on-year comparison uses the same. */
function monthsSoFar(year: number): number {
  const now = DateTime.now().setZone(SHANGHAI_ZONE)
  return year < now.year ? 12 : year === now.year ? now.month : 0
}

async function figuresBy(db: Knex, filter: ReportFilter, level: ReportLevel, year: number, maxMonth = 12) {
  const column = LEVEL_COLUMN[level]
  const query = applyFilter(db("sales_tally"), filter, year).where("month", "<=", maxMonth)
  const rows = column
    ? await query.select(db.raw(`"${column}" as scope_code, ${FIGURES_SQL}`)).groupBy(column)
    : await query.select(db.raw(`null as scope_code, ${FIGURES_SQL}`))
  return new Map<string | null, Figures>(rows.map((r: { scope_code: string | null }) => [r.scope_code, toFigures(r)]))
}

const GEOGRAPHY: ReportLevel[] = ["province", "prefecture", "county"]

/**
 * Whether a scope with a target belongs in a report under `filter`: a province's counties, say, and
 * not every county that has a target. GB/T 2260 codes nest (65 → 6531 → 653125), so geography is
 * checked by prefix; where the filter crosses dimensions (a district's counties, a county's
 * channels) only scopes that sold there are known to belong.
 */
function targetInScope(level: ReportLevel, code: string, filter: ReportFilter, sold: Set<string | null>): boolean {
  if (level === "district" && filter.district) {
    return code === filter.district
  }
  const parents = [filter.province, filter.prefecture, filter.county].filter((p): p is string => !!p)
  if (GEOGRAPHY.includes(level) && !filter.district && !filter.channel_kind) {
    return parents.every((p) => code.startsWith(p) || p.startsWith(code))
  }
  const narrowed = parents.length > 0 || !!filter.district || !!filter.channel_kind
  return !narrowed || sold.has(code)
}

/**
 * Progress towards the year's targets, one row per scope at `level` within the filter: actual
 * (what counts), what does not count, gross, reductions and net, the target and completion,
 * the change on the same months of the year before, and the certified share of net sales.
 */
export async function progressReport(db: Knex, filter: ReportFilter, level: ReportLevel): Promise<ProgressRow[]> {
  const [current, previous, targets] = await Promise.all([
    figuresBy(db, filter, level, filter.year),
    figuresBy(db, filter, level, filter.year - 1, monthsSoFar(filter.year)),
    level === "counter"
      ? Promise.resolve([])
      : db("support_target")
          .where({ year: filter.year, level, deleted_at: null })
          .select("scope_code", db.raw("amount::bigint as amount")),
  ])
  const targetBy = new Map<string, number>(targets.map((t: { scope_code: string; amount: string }) => [t.scope_code, Number(t.amount)]))
  const inScope = [...targetBy.keys()].filter((code) => targetInScope(level, code, filter, new Set(current.keys())))
  const codes = level === "all" ? [null] : [...new Set([...current.keys(), ...inScope])]
  return codes
    .map((code) => {
      const figures = current.get(code) ?? ZERO
      const target = targetBy.get(code ?? "") ?? null
      const before = previous.get(code)?.actual_fen ?? 0
      return {
        scope_code: code,
        ...figures,
        target_fen: target,
        completion: target ? ratio(figures.actual_fen, target) : null,
        previous_actual_fen: before,
        yoy_change: ratio(figures.actual_fen - before, before),
        certified_share: ratio(figures.certified_fen, figures.net_fen),
      }
    })
    .sort((a, b) => b.actual_fen - a.actual_fen || String(a.scope_code).localeCompare(String(b.scope_code)))
}
