/**
 * The check half of the fault bench (faults.mjs): the next reconciliation of today (and yesterday,
 * should the run cross a Shanghai midnight), then the proof — every paid order booked exactly once,
 * and the tallies equal to the ledger to the fen. Prints one JSON line.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { businessDate } from "../../src/reporting/shanghai-date"
import { reconcileLedgerWorkflow } from "../../src/workflows/support/reconcile-ledger"

export default async function faultsCheck({ container }: ExecArgs) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const before = (await db.raw(`select count(distinct order_id)::int n from sales_ledger_entry where kind = 'sale'`)).rows[0].n
  const today = businessDate(new Date()).date
  const yesterday = businessDate(new Date(Date.now() - 86_400_000)).date
  const started = Date.now()
  const { result: run } = await reconcileLedgerWorkflow(container).run({
    input: { run_id: generateEntityId(undefined, "recon"), trigger: "admin", from_date: yesterday, to_date: today },
  })
  const reconcileMs = Date.now() - started
  const one = async (sql: string) => (await db.raw(sql)).rows[0]
  const orders = await one(`select count(*)::int n from "order" o where exists (select 1 from order_transaction t where t.order_id = o.id and t.reference = 'capture')`)
  const booked = await one(`select count(distinct order_id)::int n from sales_ledger_entry where kind = 'sale'`)
  const twice = await one(
    `select count(*)::int n from (select order_id, line_item_id from sales_ledger_entry where kind = 'sale' group by 1, 2 having count(*) > 1) d`
  )
  const unbooked = await one(
    `select count(*)::int n from order_line_item li join order_item oi on oi.item_id = li.id join "order" o on o.id = oi.order_id
      where not exists (select 1 from sales_ledger_entry e where e.kind = 'sale' and e.line_item_id = li.id)
        and exists (select 1 from order_transaction t where t.order_id = o.id and t.reference = 'capture')`
  )
  const sums = await one(
    `select (select coalesce(sum(amount_fen), 0) from sales_ledger_entry)::text ledger_fen,
            (select coalesce(sum(sale_fen + reduction_fen), 0) from sales_tally)::text tally_fen,
            (select count(*) from sales_ledger_entry)::int ledger_rows,
            (select coalesce(sum(entries), 0) from sales_tally)::int tally_entries`
  )
  const result = {
    reconciliation: { id: run.id, status: run.status, differences_found: run.differences_found, repaired: run.repaired, attention: run.attention, ms: reconcileMs },
    paid_orders: orders.n,
    orders_with_sales_before_reconciliation: before,
    orders_with_sales: booked.n,
    lines_booked_twice: twice.n,
    lines_unbooked: unbooked.n,
    ...sums,
    equal: orders.n === booked.n && twice.n === 0 && unbooked.n === 0 && sums.ledger_fen === sums.tally_fen && sums.ledger_rows === sums.tally_entries,
  }
  process.stdout.write(`FAULTS_CHECK ${JSON.stringify(result)}\n`)
}
