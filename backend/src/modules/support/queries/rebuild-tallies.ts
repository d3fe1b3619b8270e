import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DateTime } from "luxon"
import { TALLY_KEY } from "./tally-sql"

const key = TALLY_KEY.map((c) => `"${c}"`).join(", ")
const SUMS = `"sale_fen", "reduction_fen", "quantity", "entries"`

/** The (year, month) pairs that Shanghai days `from` through `to` touch. */
export function monthsBetween(from: string, to: string): [number, number][] {
  const months: [number, number][] = []
  for (let m = DateTime.fromISO(from).startOf("month"); m <= DateTime.fromISO(to); m = m.plus({ months: 1 })) {
    months.push([m.year, m.month])
  }
  return months
}

/**
 * Recomputes the tallies of whole months from the ledger and returns how many tally rows were
 * wrong. Runs in the caller's transaction (`trx`): the table lock makes ledger writers wait until
 * it commits, so a batch committing meanwhile is neither lost nor counted twice: its rows are not
 * in this snapshot and its increments land afterwards.
 */
export async function rebuildTallies(trx: Knex, months: [number, number][]): Promise<number> {
  if (!months.length) {
    return 0
  }
  const inMonths = `("year", "month") in (${months.map(() => "(?, ?)").join(", ")})`
  const bindings = months.flat()
  await trx.raw(`lock table sales_tally in share row exclusive mode`)
  await trx.raw(
    `create temp table fresh_tally on commit drop as
     select ${key},
       coalesce(sum(amount_fen) filter (where kind = 'sale'), 0)::bigint as sale_fen,
       coalesce(sum(amount_fen) filter (where kind <> 'sale'), 0)::bigint as reduction_fen,
       sum(quantity)::bigint as quantity, count(*)::bigint as entries
     from sales_ledger_entry where ${inMonths} group by ${key}`,
    bindings
  )
  const current = `select ${key}, ${SUMS} from sales_tally where ${inMonths} and (entries, sale_fen, reduction_fen, quantity) <> (0, 0, 0, 0)`
  const { rows } = await trx.raw(
    `select count(*)::int as wrong from (
       (select ${key}, ${SUMS} from fresh_tally except all ${current})
       union all
       (${current} except all select ${key}, ${SUMS} from fresh_tally)
     ) d`,
    [...bindings, ...bindings]
  )
  await trx.raw(`delete from sales_tally where ${inMonths}`, bindings)
  await trx.raw(`insert into sales_tally (${key}, ${SUMS}) select ${key}, ${SUMS} from fresh_tally`)
  return rows[0].wrong as number
}
