import type { MedusaContainer } from "@medusajs/framework/types"
import { windowsOverlap } from "../../lib/date-window"
import type { Table } from "../../lib/tabular"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { shanghaiRange } from "../shanghai-date"
import { validateTargets, type ParsedTarget, type RowError, type TargetInput } from "./validate-targets"

export type PlannedTarget = Omit<ParsedTarget, "amount"> & {
  amount_fen: number
  action: "create" | "replace"
  /** what the target holds now, for a replacement */
  current_amount_fen: number | null
}

export type TargetsImportPlan = { rows: PlannedTarget[]; errors: RowError[]; targets: TargetInput[] }

/**
 * Counties paired with `district` at some time in each year asked for: a district official may
 * set their targets besides the district's own.
 */
async function pairedCounties(container: MedusaContainer, district: string, rows: ParsedTarget[]) {
  const codes = [...new Set(rows.filter((r) => r.level === "county").map((r) => r.scope_code))]
  if (!codes.length) {
    return () => false
  }
  const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
  const counties = await origin.listCounties({ code: codes }, { relations: ["pairings"] })
  return (code: string, year: number) => {
    const { start, end } = shanghaiRange(`${year}-01-01`, `${year}-12-31`)
    return counties.some(
      (c: any) =>
        c.code === code &&
        (c.pairings ?? []).some(
          (p: any) =>
            p.district_zh === district &&
            windowsOverlap({ valid_from: start, valid_to: end }, { valid_from: new Date(p.valid_from), valid_to: p.valid_to ? new Date(p.valid_to) : null })
        )
    )
  }
}

/**
 * What importing a targets file would do, row by row, for someone whose reach is `district` (null:
 * the whole city): the file's errors, plus the rows outside that reach, and for each good row within
 * it whether it creates a target or replaces one (with the amount it replaces). Nothing is written.
 */
export async function planTargetsImport(
  container: MedusaContainer,
  table: Table,
  district: string | null
): Promise<TargetsImportPlan> {
  const { rows: parsed, errors } = validateTargets(table)
  let rows = parsed
  if (district) {
    const paired = await pairedCounties(container, district, parsed)
    const inReach = (row: ParsedTarget) =>
      (row.level === "district" && row.scope_code === district) || (row.level === "county" && paired(row.scope_code, row.year))
    // rows out of reach are errors only: their current amounts are not this official's to see
    rows = parsed.filter(inReach)
    for (const row of parsed.filter((r) => !inReach(r))) {
      errors.push({
        row: row.row,
        column: row.level === "district" || row.level === "county" ? "scope_code" : "level",
        reason: `outside your scope: a ${district} official sets targets for ${district} and the counties paired with it`,
      })
    }
    errors.sort((a, b) => a.row - b.row)
  }
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const years = [...new Set(rows.map((r) => r.year))]
  const existing = years.length ? await support.listSupportTargets({ year: years }) : []
  const current = new Map(existing.map((t) => [`${t.year}|${t.level}|${t.scope_code}`, Number(t.amount)]))
  const planned = rows.map(({ amount, ...row }): PlannedTarget => {
    const now = current.get(`${row.year}|${row.level}|${row.scope_code}`)
    return { ...row, amount_fen: amount, action: now === undefined ? "create" : "replace", current_amount_fen: now ?? null }
  })
  const targets = errors.length ? [] : rows.map(({ row: _row, ...target }) => target)
  return { rows: planned, errors, targets }
}
