import { spawn } from "node:child_process"
import { once } from "node:events"
import type { Writable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildLedgerEntries } from "../../src/reporting/ledger/build-entries"
import { loadOrderFacts, loadOrigins } from "../../src/reporting/ledger/load-order-facts"
import type { Attribution, OrderFacts } from "../../src/reporting/ledger/types"
import { multiplyToFen } from "../../src/reporting/money"
import { LEDGER_COLUMNS, type LedgerEntry } from "../../src/modules/support/ledger/entry"
import type { BenchCatalogue } from "./synthetic"

/**
 * A year of paid orders (4 lines each, one in fifty cancelled the next day) written with COPY
 * straight into Medusa's order tables, and the ledger the booking would write for them:
 * buildLedgerEntries over the same facts, the attribution read through Query as the worker reads
 * it. The order module's bulk create manages about 250 orders a second; this writes a million in
 * minutes. Deterministic from the seed.
 */

const ITEMS = 4
const SPAN_SECONDS = 364 * 86400

/**
 * COPY … FROM STDIN through psql (the pg driver here has no COPY support), one stream per table
 * in parallel. The rows are consistent by construction, so the session skips the foreign-key
 * triggers (session_replication_role = replica), which would otherwise make the order's lines
 * wait for the order and look each one up.
 */
function copyInto(databaseUrl: string, table: string, columns: string[]) {
  const child = spawn("psql", [databaseUrl, "-v", "ON_ERROR_STOP=1", "-qc", `copy "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) from stdin`], {
    stdio: ["pipe", "inherit", "inherit"],
    env: { ...process.env, PGOPTIONS: "-c session_replication_role=replica" },
  })
  const done = once(child, "exit").then(([code]) => {
    if (code !== 0) {
      throw new Error(`COPY into ${table} failed (psql exit ${code})`)
    }
  })
  return { stdin: child.stdin as Writable, done }
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) {
    return "\\N"
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (typeof value === "boolean") {
    return value ? "t" : "f"
  }
  if (typeof value === "object") {
    return JSON.stringify(value)
  }
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n")
}
const line = (values: unknown[]) => values.map(text).join("\t") + "\n"
const raw = (value: string) => ({ value, precision: 20 })

type Sink = { stdin: Writable; done: Promise<void>; buffer: string[] }

async function flush(sink: Sink) {
  if (!sink.buffer.length) {
    return
  }
  const chunk = sink.buffer.join("")
  sink.buffer.length = 0
  if (!sink.stdin.write(chunk)) {
    await once(sink.stdin, "drain")
  }
}

/** The catalogue's attribution, read as the worker reads it. */
export async function benchAttribution(container: MedusaContainer, catalogue: BenchCatalogue): Promise<Attribution> {
  const { attribution } = await loadOrderFacts(container, [])
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as any
  return { ...attribution, products: await loadOrigins(query, catalogue.products.map((p) => p.id)) }
}

export type WrittenOrders = { orders: number; lines: number; entries: number }

export async function copyMillionOrders(
  databaseUrl: string,
  catalogue: BenchCatalogue,
  attribution: Attribution,
  count: number,
  year: number,
  seed = 1
): Promise<WrittenOrders> {
  let state = seed
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const start = Date.UTC(year, 0, 1) - 8 * 3600 * 1000
  const sinks = {
    order: copyInto(databaseUrl, "order", ["id", "region_id", "version", "sales_channel_id", "status", "email", "currency_code", "created_at", "updated_at", "canceled_at"]),
    line: copyInto(databaseUrl, "order_line_item", ["id", "title", "variant_id", "product_id", "unit_price", "raw_unit_price", "created_at", "updated_at"]),
    item: copyInto(databaseUrl, "order_item", [
      "id", "order_id", "version", "item_id", "quantity", "raw_quantity", "fulfilled_quantity", "shipped_quantity",
      "return_requested_quantity", "return_received_quantity", "return_dismissed_quantity", "written_off_quantity", "created_at", "updated_at",
    ]),
    capture: copyInto(databaseUrl, "order_transaction", ["id", "order_id", "version", "amount", "raw_amount", "currency_code", "reference", "reference_id", "created_at", "updated_at"]),
    ledger: copyInto(databaseUrl, "sales_ledger_entry", Object.keys(LEDGER_COLUMNS)),
  }
  const buffers = Object.fromEntries(Object.entries(sinks).map(([k, s]) => [k, { ...s, buffer: [] as string[] }])) as Record<keyof typeof sinks, Sink>
  const ledgerColumns = Object.keys(LEDGER_COLUMNS) as (keyof LedgerEntry)[]
  let entries = 0

  for (let i = 0; i < count; i++) {
    const id = `order_bm${i.toString(36).padStart(6, "0")}`
    const createdAt = new Date(start + Math.floor((i * SPAN_SECONDS) / count) * 1000)
    const paidAt = new Date(createdAt.getTime() + 60_000)
    const canceledAt = random() < 0.02 ? new Date(createdAt.getTime() + 86400_000) : null
    const channel = catalogue.channels[random() < 0.7 ? 0 : 1]
    const items: OrderFacts["items"] = []
    let totalFen = 0
    for (let k = 0; k < ITEMS; k++) {
      const product = catalogue.products[Math.floor(random() * catalogue.products.length)]
      const quantity = 1 + Math.floor(random() * 3)
      const unitPrice = (Math.round(100 + random() * 9900) / 100).toString()
      const lineId = `ordli_bm${i.toString(36).padStart(6, "0")}${k}`
      const fen = multiplyToFen(unitPrice, quantity)
      totalFen += fen
      items.push({ id: lineId, product_id: product.id, quantity, total_fen: fen })
      buffers.line.buffer.push(line([lineId, "bench item", product.variant, product.id, unitPrice, raw(unitPrice), createdAt, createdAt]))
      buffers.item.buffer.push(
        line([`orditem_bm${i.toString(36).padStart(6, "0")}${k}`, id, 1, lineId, quantity, raw(String(quantity)), 0, 0, 0, 0, 0, 0, createdAt, createdAt])
      )
    }
    const amount = (totalFen / 100).toFixed(2)
    buffers.order.buffer.push(line([id, catalogue.regionId, 1, channel, canceledAt ? "canceled" : "pending", "bench@onecounty.test", "cny", createdAt, createdAt, canceledAt]))
    buffers.capture.buffer.push(line([`ordtrans_bm${i.toString(36).padStart(6, "0")}`, id, 1, amount, raw(amount), "cny", "capture", `bench_capture_${id}`, paidAt, paidAt]))
    const facts: OrderFacts = {
      id,
      currency_code: "cny",
      created_at: createdAt,
      paid_at: paidAt,
      canceled_at: canceledAt,
      sales_channel_id: channel,
      items,
      returns: [],
      refunds: [],
    }
    for (const entry of buildLedgerEntries(facts, attribution)) {
      buffers.ledger.buffer.push(line(ledgerColumns.map((c) => entry[c])))
      entries++
    }
    if (i % 5000 === 4999) {
      for (const sink of Object.values(buffers)) {
        await flush(sink)
      }
    }
  }
  for (const sink of Object.values(buffers)) {
    await flush(sink)
    sink.stdin.end()
  }
  await Promise.all(Object.values(buffers).map((s) => s.done))
  return { orders: count, lines: count * ITEMS, entries }
}
