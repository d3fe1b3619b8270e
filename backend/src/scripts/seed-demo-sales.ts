import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { formatYuan } from "@onecounty/contracts/money"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"
import { businessDate } from "../reporting/shanghai-date"
import { reconcileLedgerWorkflow } from "../workflows/support/reconcile-ledger"
import { setTargetsWorkflow } from "../workflows/support/set-targets"
import { bookEvents } from "./demo-sales/book"
import { loadDemoCatalogue, productWeights, type DemoCatalogue } from "./demo-sales/catalogue"
import { applyFate, createDemoOrders, existingDemoOrders, type LedgerEvent } from "./demo-sales/create-orders"
import { seedDemoPartners } from "./demo-sales/partners"
import { planOrder, type PlannedOrder } from "./demo-sales/plan"
import { ProgressBar } from "./demo-sales/progress-bar"
import { demoYears, THIS_YEAR_GROWTH } from "./demo-sales/years"
import { demoTargets } from "./demo-sales/targets"
import seed from "./seed"

const BATCH = 100
const FATES_IN_FLIGHT = 4

/**
 * Sales for demonstrations: DEMO_SALES_ORDERS orders (default 3,000) over last year, and this year
 * up to today in proportion (or DEMO_SALES_YEAR alone), by season and hour, online and at the counters, some
 * cancelled, returned or refunded, booked through the reporting subscriber, queue and worker,
 * then reconciled, and each year's targets from the published figures scaled to the demo's size
 * (this year's from last year's sales grown 8 %, so the console shows a pace to keep).
 *
 * Running it again tops the year up to DEMO_SALES_ORDERS: orders are numbered and planned from
 * (year, number) alone, so only missing numbers are created; targets are recomputed.
 */
export default async function seedDemoSales({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let catalogue = await loadDemoCatalogue(container)
  if (!catalogue.products.length) {
    logger.info("No catalogue yet: running the seed first")
    await seed({ container } as ExecArgs)
    catalogue = await loadDemoCatalogue(container)
  }
  const years = demoYears()
  for (const { year, orders } of years) {
    await seedDemoYear(container, catalogue, year, orders, years.length > 1 && year === years[years.length - 1].year)
  }
}

async function seedDemoYear(
  container: ExecArgs["container"],
  catalogue: DemoCatalogue,
  year: number,
  size: number,
  followsLastYear: boolean
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const started = Date.now()
  const shape = {
    productWeights: productWeights(catalogue.products),
    counters: catalogue.counter_channel_ids.length,
    now: new Date(),
  }
  const have = await existingDemoOrders(container, year)
  const plans: PlannedOrder[] = []
  for (let seq = 0; seq < size; seq++) {
    if (!have.seqs.has(seq)) {
      plans.push(planOrder(year, seq, shape))
    }
  }
  logger.info(
    `Demo sales ${year}: ${have.seqs.size} orders there (${have.unbooked.length} not booked yet), ${plans.length} to add ` +
      `(${catalogue.products.length} products, ${shape.counters} counters)`
  )

  const ids: string[] = []
  // orders an interrupted run created but did not book go down the pipeline again
  const events: LedgerEvent[] = have.unbooked.map((id) => ({ name: "order.placed", data: { id } }))
  const ordersBar = new ProgressBar("orders", plans.length)
  for (let i = 0; i < plans.length; i += BATCH) {
    const created = await createDemoOrders(container, catalogue, year, plans.slice(i, i + BATCH))
    ids.push(...created)
    events.push(...created.map((id) => ({ name: "order.placed", data: { id } })))
    ordersBar.update(ids.length)
  }
  const fated = plans.map((plan, i) => ({ plan, id: ids[i] })).filter(({ plan }) => plan.fate.kind !== "kept")
  const fatesBar = new ProgressBar("reductions", fated.length)
  let next = 0
  let done = 0
  // a few at a time: each is a handful of module calls and, for refunds, two payment workflows
  await Promise.all(
    Array.from({ length: FATES_IN_FLIGHT }, async () => {
      while (next < fated.length) {
        const { plan, id } = fated[next++]
        const event = await applyFate(container, catalogue, id, plan)
        if (event) {
          events.push(event)
        }
        fatesBar.update(++done)
      }
    })
  )
  fatesBar.update(fated.length)

  await bookEvents(container, events, [...have.unbooked, ...ids])
  await seedDemoPartners(container, year, catalogue)

  // Every fact is dated by now; reconciling the demo's span proves the ledger agrees with the
  // orders and gives the console a run to show.
  const last = plans.reduce((max, p) => Math.max(max, p.fate.kind === "kept" ? p.placed_at.getTime() : p.fate.at.getTime()), 0)
  const to = last ? businessDate(new Date(last)).date : `${year}-12-31`
  const { result: run } = await reconcileLedgerWorkflow(container).run({
    input: { run_id: generateEntityId(undefined, "recon"), trigger: "admin", from_date: `${year}-01-01`, to_date: to > `${year}-12-31` ? to : `${year}-12-31` },
  })

  // A year under way is set against last year's sales grown, not against its own months so far.
  const basis = followsLastYear
    ? (await support.countySales(year - 1)).map((c) => ({ ...c, sale_fen: Math.round(c.sale_fen * THIS_YEAR_GROWTH) }))
    : await support.countySales(year)
  const targets = demoTargets(year, basis)
  if (targets.length) {
    await setTargetsWorkflow(container).run({ input: targets })
  }
  const ledger = await support.ledgerYearSummary(year)
  logger.info(
    [
      `Demo sales ${year} ready in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
      `${plans.length} orders added (${fated.length} cancelled, returned or refunded), ${ledger.orders} orders in the ledger,`,
      `net ${formatYuan(BigInt(ledger.net_fen))}, counting toward targets ${formatYuan(BigInt(ledger.counted_fen))};`,
      `reconciliation ${run.id}: ${run.differences_found} differences, ${run.repaired} repaired; ${targets.length} targets set.`,
    ].join(" ")
  )
}
