import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { YearWithData } from "@onecounty/contracts/officials"

export type { YearWithData }

/**
 * The years that have sales or targets, newest first: for a district, its pairings' sales and its
 * own district target (the targets a district official sees), otherwise all of Shanghai's.
 * A year with only refunds of last year's sales is not a year with sales, and tally rows outlive
 * their entries (a deleted order leaves them at 0): hence sales above zero.
 */
export async function yearsWithData(db: Knex, district?: string): Promise<YearWithData[]> {
  const sales = db("sales_tally").where("sale_fen", ">", 0).distinct("year")
  const targets = db("support_target").whereNull("deleted_at").distinct("year")
  if (district) {
    sales.where("partner_district", district)
    targets.where({ level: "district", scope_code: district })
  }
  const [sold, targeted] = await Promise.all([sales, targets])
  const soldIn = new Set(sold.map((r: { year: number }) => Number(r.year)))
  const targetedIn = new Set(targeted.map((r: { year: number }) => Number(r.year)))
  return [...new Set([...soldIn, ...targetedIn])]
    .sort((a, b) => b - a)
    .map((year) => ({ year, has_sales: soldIn.has(year), has_targets: targetedIn.has(year) }))
}
