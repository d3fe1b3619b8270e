import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { FIGURES_SQL, toFigures } from "./figures"
import { applyFilter, type ReportFilter } from "./report-filter"
import type { MonthRow } from "@onecounty/contracts/officials"

export type { MonthRow }

/** The year month by month, every month present even when nothing sold. */
export async function monthlyReport(db: Knex, filter: ReportFilter): Promise<MonthRow[]> {
  const rows = await applyFilter(db("sales_tally"), { ...filter, month: undefined })
    .select(db.raw(`month, ${FIGURES_SQL}`))
    .groupBy("month")
  const byMonth = new Map(rows.map((r: { month: number }) => [Number(r.month), toFigures(r)]))
  return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...toFigures(byMonth.get(i + 1)) }))
}
