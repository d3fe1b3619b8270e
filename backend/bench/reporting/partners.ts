/**
 * Partner feeds: lines per second from signed requests to booked ledger entries.
 *
 *   cd backend && DATABASE_URL=postgres://postgres@localhost:5432/<scratch, migrated> \
 *     REPORTING_REDIS_URL=redis://127.0.0.1:6379 npx medusa exec ./bench/reporting/partners.ts
 *   (BENCH_PARTNER_LINES, default 1,000,000; BENCH_PARTNER_IN_FLIGHT requests at once, default 4;
 *   BENCH_CPU_PROFILE=<file> profiles the timed window)
 *
 * Each request is 5,000 lines as a partner sends them: the body is signed and the signature
 * checked as verify-signature.ts does (HMAC-SHA256, constant-time compare), then parsed and handed
 * to recordPartnerLines — the route's own code: per-line validation, outlet and refund checks,
 * the compensating workflow that stores the lines in one statement, and the booking job on a
 * queue of this run — while the reporting worker (the code `npm run worker` runs) books them.
 * Timed from the first request to an empty queue; then checks every line is in the ledger once
 * and the tallies equal the ledger. No HTTP server: medusa exec has none, so Express's JSON
 * parsing of 1 MB bodies is not in the figure.
 */
import { loadavg } from "node:os"
import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordPartnerLines } from "../../src/api/partners/record-lines"
import { PARTNER_MODULE } from "../../src/modules/partner"
import { sameSignature, signBody } from "../../src/modules/partner/credential-secret"
import type PartnerModuleService from "../../src/modules/partner/service"
import { closeLedgerQueues } from "../../src/reporting/queue/enqueue"
import { startReportingWorker } from "../../src/reporting/queue/worker"
import { ean13For } from "../../src/lib/ean13"
import { startCpuProfile } from "./cpu-profile"
import { benchQueue, createBenchCatalogue } from "./synthetic"

const LINES = Number(process.env.BENCH_PARTNER_LINES || 1_000_000)
const IN_FLIGHT = Number(process.env.BENCH_PARTNER_IN_FLIGHT || 4)
const PER_REQUEST = 5000
const OUTLETS = 20

export default async function partnersBench({ container }: ExecArgs) {
  const tag = `pb${Date.now().toString(36)}`
  const { config, queue } = benchQueue(tag)
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)

  const catalogue = await createBenchCatalogue(container, tag)
  const products = container.resolve("product") as any
  const barcodes = catalogue.products.map((_, i) => ean13For("699", Date.now() % 1_000_000 * 100 + i))
  await Promise.all(catalogue.products.map((p, i) => products.updateProductVariants(p.variant, { barcode: barcodes[i] })))
  const [partner] = await partners.createPartners([{ name_zh: `压测伙伴 ${tag}`, name_en: `Bench partner ${tag}`, kind: "supermarket_chain" }])
  await partners.createPartnerOutlets(Array.from({ length: OUTLETS }, (_, i) => ({ partner_id: partner.id, code: `B${i}`, name: `门店 ${i}`, district_zh: "黄浦区" })))
  const secret = `psk_bench_${tag}`

  const requests = Math.ceil(LINES / PER_REQUEST)
  const bodyOf = (r: number) => {
    const day = Date.UTC(2026, 0, 1) + (r % 300) * 86_400_000
    const lines = Array.from({ length: Math.min(PER_REQUEST, LINES - r * PER_REQUEST) }, (_, k) => {
      const n = r * PER_REQUEST + k
      const quantity = 1 + (n % 3)
      return {
        reference: `R${Math.floor(n / 2)}`,
        line: 1 + (n % 2),
        outlet_code: `B${n % OUTLETS}`,
        sold_at: new Date(day + (n % 36_000) * 1000).toISOString(),
        barcode: barcodes[n % barcodes.length],
        quantity,
        amount_fen: quantity * (500 + (n % 700)),
      }
    })
    return JSON.stringify({ lines })
  }

  const stopProfile = await startCpuProfile()
  const worker = startReportingWorker(container, config)
  const loadAtStart = loadavg()
  const started = Date.now()
  let next = 0
  let expectedFen = 0
  const lane = async () => {
    while (next < requests) {
      const r = next++
      const body = bodyOf(r)
      const t = Math.floor(Date.now() / 1000)
      const signature = signBody(secret, t, body)
      if (!sameSignature(signBody(secret, t, Buffer.from(body)), signature)) {
        throw new Error("signature check failed")
      }
      const lines = JSON.parse(body).lines as { amount_fen: number }[]
      const outcome = await recordPartnerLines(container, { partner_id: partner.id, credential_id: null }, lines, "api")
      if (outcome.status !== 200) {
        throw new Error(`request ${r}: ${outcome.status} ${JSON.stringify(outcome.errors.slice(0, 2))}`)
      }
      expectedFen += lines.reduce((s, l) => s + l.amount_fen, 0)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane))
  const accepted = (Date.now() - started) / 1000
  for (;;) {
    const counts = await queue.getJobCounts("waiting", "active", "delayed")
    if (counts.waiting + counts.active + counts.delayed === 0) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const seconds = (Date.now() - started) / 1000
  await worker.close()
  await stopProfile()

  const { rows } = await db.raw(
    `select (select count(*) from sales_ledger_entry where channel_id = :p)::int as entries,
            (select coalesce(sum(amount_fen), 0) from sales_ledger_entry where channel_id = :p)::bigint as ledger,
            (select coalesce(sum(sale_fen + reduction_fen), 0) from sales_tally where channel_id = :p)::bigint as tallied`,
    { p: partner.id }
  )
  const failed = await queue.getFailedCount()
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(", ")
  console.log(`load average (1, 5, 15 min): at start ${load(loadAtStart)}, at end ${load(loadavg())}`)
  console.log(`requests: ${requests} × ≤${PER_REQUEST} lines, ${IN_FLIGHT} in flight; accepted in ${accepted.toFixed(1)} s = ${Math.round(LINES / accepted)} lines/s`)
  console.log(`booked: ${LINES} lines in ${seconds.toFixed(1)} s from the first request to an empty queue = ${Math.round(LINES / seconds)} lines/s`)
  console.log(
    `check: entries ${rows[0].entries} of ${LINES}, ledger ${rows[0].ledger} fen, sent ${expectedFen} fen, tallies ${rows[0].tallied} fen, failed jobs ${failed}: ` +
      (rows[0].entries === LINES && Number(rows[0].ledger) === expectedFen && rows[0].ledger === rows[0].tallied && failed === 0 ? "EQUAL" : "DIFFERENT")
  )
  await queue.obliterate({ force: true })
  await closeLedgerQueues()
}
