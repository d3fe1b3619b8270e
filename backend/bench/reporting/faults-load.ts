/**
 * The load half of the fault bench (faults.mjs): a steady stream of paid orders, each announced
 * with order.placed through the real subscriber, while the orchestrator kills the worker and
 * restarts Redis and PostgreSQL underneath. An order whose write or announcement fails is retried
 * until it is stored; an announcement lost with Redis is left to the reconciliation.
 *
 *   FAULTS_RATE orders/s (default 20) for FAULTS_SECONDS (default 45); prints one JSON line at the end.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import reportingLedger from "../../src/subscribers/reporting-ledger"
import { closeLedgerQueues } from "../../src/reporting/queue/enqueue"
import { createBenchCatalogue, createBenchOrders } from "./synthetic"

const RATE = Number(process.env.FAULTS_RATE || 20)
const SECONDS = Number(process.env.FAULTS_SECONDS || 45)

export default async function faultsLoad({ container }: ExecArgs) {
  const tag = `faults${Date.now().toString(36)}`
  const catalogue = await createBenchCatalogue(container, tag)
  const ids: string[] = []
  let writeFailures = 0
  let announceFailures = 0
  const started = Date.now()
  for (let tick = 0; Date.now() - started < SECONDS * 1000; tick++) {
    await new Promise((r) => setTimeout(r, Math.max(0, started + tick * 1000 - Date.now())))
    let batch: string[] = []
    while (!batch.length) {
      try {
        batch = await createBenchOrders(container, catalogue, RATE, 2, tick + 1)
      } catch {
        writeFailures++
        await new Promise((r) => setTimeout(r, 500))
      }
    }
    ids.push(...batch)
    for (const id of batch) {
      try {
        await reportingLedger({ event: { name: "order.placed", data: { id } }, container } as never)
      } catch {
        announceFailures++
      }
    }
    process.stdout.write(`FAULTS_PROGRESS ${JSON.stringify({ t: Math.round((Date.now() - started) / 1000), orders: ids.length, writeFailures, announceFailures })}\n`)
  }
  await closeLedgerQueues().catch(() => undefined)
  process.stdout.write(`FAULTS_LOAD ${JSON.stringify({ orders: ids.length, writeFailures, announceFailures })}\n`)
}
