import "fake-indexeddb/auto"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { RawAnswer } from "@/lib/kiosk/api"
import { openKioskDb, type KioskDb } from "@/lib/kiosk/db"
import { autoSync, BACKOFF_MAX_MS, backoffMs, SaleQueue } from "@/lib/kiosk/queue"
import type { Sale, SaleInput, SaleLine } from "@/lib/kiosk/types"

let n = 0
const dbs: KioskDb[] = []
async function freshDb() {
  const db = await openKioskDb(`kiosk-test-${Date.now()}-${n++}`)
  dbs.push(db)
  return db
}
afterEach(() => dbs.splice(0).forEach((db) => db.close()))

const line: SaleLine = { variant_id: "variant_1", title: "澜沧普洱咖啡", county_name: "澜沧", quantity: 2, unit_price: 4_990, total: 9_980 }
const saleInput = (key: string, soldAt = "2026-11-24T08:00:00.000Z"): SaleInput => ({
  idempotency_key: key,
  sold_at: soldAt,
  clerk_id: "clerk_1",
  items: [{ variant_id: "variant_1", quantity: 2, unit_price: 4_990 }],
  payment: { method: "cash", amount: 9_980, tendered: 10_000 },
})
const saleFor = (input: SaleInput, display_id: number): Sale => ({
  id: `sale_${display_id}`,
  order_id: `order_${display_id}`,
  display_id,
  idempotency_key: input.idempotency_key,
  sold_at: input.sold_at,
  counter_id: "ctr_1",
  clerk_id: input.clerk_id,
  items: [{ ...line }],
  total: 9_980,
  payment: { method: "cash", amount: 9_980, tendered: 10_000, change: 20, reference: null },
  flagged: false,
  flags: [],
})

/** A backend that books each key once, answering 201 then 200 with the same order, like the real one. */
function fakeServer() {
  const orders = new Map<string, Sale>()
  const received: SaleInput[] = []
  let mode: "up" | "down" | "5xx" | "401" | "400" = "up"
  const send = async (input: SaleInput): Promise<RawAnswer> => {
    received.push(input)
    if (mode === "down") throw new TypeError("Failed to fetch")
    if (mode === "5xx") return { status: 503, body: { message: "unavailable" } }
    if (mode === "401") return { status: 401, body: { message: "Unauthorized" } }
    if (mode === "400") return { status: 400, body: { type: "invalid_data", message: "items.0.variant_id: no such variant" } }
    const existing = orders.get(input.idempotency_key)
    if (existing) return { status: 200, body: { sale: existing } }
    const sale = saleFor(input, 1000 + orders.size)
    orders.set(input.idempotency_key, sale)
    return { status: 201, body: { sale } }
  }
  return { orders, received, send, set: (m: typeof mode) => (mode = m) }
}

describe("backoff", () => {
  it("doubles from 2 s with jitter and stops growing at 5 minutes", () => {
    expect(backoffMs(1, () => 0)).toBe(1_000)
    expect(backoffMs(1, () => 1)).toBe(2_000)
    expect(backoffMs(2, () => 1)).toBe(4_000)
    expect(backoffMs(5, () => 0.5)).toBe(24_000)
    expect(backoffMs(30, () => 1)).toBe(BACKOFF_MAX_MS)
    for (let a = 1; a < 12; a++) expect(backoffMs(a + 1, () => 1)).toBeGreaterThanOrEqual(backoffMs(a, () => 1))
  })
})

describe("sale queue", () => {
  it("sends only the signed-in seller's sales; another clerk's (e.g. sold under an offline login) wait for that clerk's online login", async () => {
    const db = await freshDb()
    const server = fakeServer()
    let seller: string | null = null
    const queue = new SaleQueue(db, { send: server.send, seller: () => seller, random: () => 1 })
    await queue.enqueue({ ...saleInput("k-a"), clerk_id: "clerk_a" }, [line])
    await queue.enqueue({ ...saleInput("k-b"), clerk_id: "clerk_b" }, [line])

    // Offline login (no server session): nothing goes out, both wait, and no retry timer spins.
    expect(await queue.sync()).toEqual({ synced: [], failed: 0 })
    expect(server.received).toHaveLength(0)
    expect(await queue.state()).toMatchObject({ pending: 2, waiting_for_seller: 2, next_retry_at: null })

    seller = "clerk_b"
    expect((await queue.sync()).synced.map((s) => [s.idempotency_key, s.clerk_id])).toEqual([["k-b", "clerk_b"]])
    expect(server.received.map((s) => s.clerk_id)).toEqual(["clerk_b"])
    expect(await queue.state()).toMatchObject({ pending: 1, waiting_for_seller: 1, next_retry_at: null })

    seller = "clerk_a"
    expect((await queue.sync()).synced.map((s) => [s.idempotency_key, s.clerk_id])).toEqual([["k-a", "clerk_a"]])
    expect(await queue.state()).toMatchObject({ pending: 0, waiting_for_seller: 0 })
  })

  it("keeps offline sales on disk, sends them when the network is back and removes them only then", async () => {
    const db = await freshDb()
    const server = fakeServer()
    let now = 1_000_000
    const queue = new SaleQueue(db, { send: server.send, now: () => now, random: () => 1 })
    server.set("down")
    for (const k of ["k1", "k2", "k3"]) await queue.enqueue(saleInput(k, new Date(now - 60_000).toISOString()), [line])

    const offline = await queue.sync()
    expect(offline).toEqual({ synced: [], failed: 1 })
    let state = await queue.state()
    expect(state.pending).toBe(3)
    expect(state.last_error).toMatch(/network: Failed to fetch/)
    expect(state.next_retry_at).toBe(now + 2_000)

    // Not due yet: nothing is sent.
    server.received.length = 0
    await queue.sync()
    expect(server.received).toHaveLength(0)

    // Due again, still down: the wait doubles.
    now += 2_000
    await queue.sync()
    expect((await queue.state()).next_retry_at).toBe(now + 4_000)

    // A reopened database (a reload) still holds the three sales.
    const reopened = new SaleQueue(db, { send: server.send, now: () => now })
    expect((await reopened.entries()).map((e) => e.key)).toEqual(["k1", "k2", "k3"])

    server.set("up")
    server.received.length = 0
    await queue.retryNow()
    const online = await queue.sync()
    expect(online.synced.map((s) => s.idempotency_key)).toEqual(["k1", "k2", "k3"])
    // each sale sent once, as it was made: the server's de-duplication is not what keeps it single
    expect(server.received.map((s) => [s.idempotency_key, s.sold_at])).toEqual(
      ["k1", "k2", "k3"].map((k) => [k, new Date(1_000_000 - 60_000).toISOString()])
    )
    state = await queue.state()
    expect(state.pending).toBe(0)
    expect(state.next_retry_at).toBeNull()
    // The receipts keep the server's order numbers and the original sale times.
    const receipts = await db.getAll("receipts")
    expect(receipts.map((r) => r.sale.display_id).sort()).toEqual([1000, 1001, 1002])
    expect(receipts.every((r) => r.sale.sold_at === new Date(1_000_000 - 60_000).toISOString())).toBe(true)

    // Syncing again sends nothing.
    server.received.length = 0
    await queue.retryNow()
    expect(await queue.sync()).toEqual({ synced: [], failed: 0 })
    expect(server.received).toEqual([])
  })

  it("sends a sale again with the same key when the answer was lost, and the server books it once", async () => {
    const db = await freshDb()
    const server = fakeServer()
    let lose = true
    const send = async (input: SaleInput) => {
      const answer = await server.send(input)
      if (lose) {
        lose = false
        throw new TypeError("connection reset")
      }
      return answer
    }
    let now = 0
    const queue = new SaleQueue(db, { send, now: () => now, random: () => 0 })
    await queue.enqueue(saleInput("lost-answer"), [line])
    await queue.sync()
    expect(server.orders.size).toBe(1)
    expect((await queue.state()).pending).toBe(1)
    now += 60_000
    const second = await queue.sync()
    expect(second.synced).toHaveLength(1)
    expect(server.received.map((s) => s.idempotency_key)).toEqual(["lost-answer", "lost-answer"])
    // the same sale, not a new one under the same key: the server can only book it once if so
    expect(server.received[1]).toEqual(server.received[0])
    expect((await queue.state()).pending).toBe(0)
  })

  it("keeps a refused sale (4xx) for attention instead of dropping it, and goes on with the others", async () => {
    const db = await freshDb()
    const server = fakeServer()
    const queue = new SaleQueue(db, { send: (s) => (s.idempotency_key === "bad" ? Promise.resolve({ status: 400, body: { message: "items.0.variant_id: no such variant" } }) : server.send(s)) })
    await queue.enqueue(saleInput("bad"), [line])
    await queue.enqueue(saleInput("good"), [line])
    const result = await queue.sync()
    expect(result.synced.map((s) => s.idempotency_key)).toEqual(["good"])
    const state = await queue.state()
    expect(state.pending).toBe(0)
    expect(state.attention.map((e) => e.key)).toEqual(["bad"])
    expect(state.attention[0]!.last_error).toBe("HTTP 400: items.0.variant_id: no such variant")
    // Attention items are not retried on their own…
    await queue.retryNow()
    await queue.sync()
    expect((await queue.state()).attention).toHaveLength(1)
    // …but can be put back in line.
    await queue.resubmit("bad")
    expect((await queue.state()).pending).toBe(1)
  })

  it("waits for a login on 401 and backs off on 5xx, keeping the sale pending", async () => {
    const db = await freshDb()
    const server = fakeServer()
    const now = 0
    const queue = new SaleQueue(db, { send: server.send, now: () => now, random: () => 1 })
    await queue.enqueue(saleInput("a"), [line])
    server.set("401")
    await queue.sync()
    let state = await queue.state()
    expect(state).toMatchObject({ pending: 1, needs_login: true, last_error: "HTTP 401: Unauthorized" })
    server.set("5xx")
    await queue.retryNow()
    expect((await queue.state()).needs_login).toBe(false)
    await queue.sync()
    state = await queue.state()
    expect(state).toMatchObject({ pending: 1, last_error: "HTTP 503: unavailable", next_retry_at: 4_000 })
    expect(server.orders.size).toBe(0)
  })

  it("does not remove a sale whose 2xx answer carries another key", async () => {
    const db = await freshDb()
    const queue = new SaleQueue(db, { send: async (s) => ({ status: 201, body: { sale: saleFor({ ...s, idempotency_key: "other" }, 1) } }) })
    await queue.enqueue(saleInput("mine"), [line])
    await queue.sync()
    const state = await queue.state()
    expect(state.attention.map((e) => e.key)).toEqual(["mine"])
  })

  it("runs one sync at a time", async () => {
    const db = await freshDb()
    const server = fakeServer()
    const queue = new SaleQueue(db, { send: server.send })
    await queue.enqueue(saleInput("once"), [line])
    const [a, b] = await Promise.all([queue.sync(), queue.sync()])
    expect(a).toBe(b)
    expect(server.received).toHaveLength(1)
  })
})

describe("autoSync", () => {
  it("retries on the backoff schedule, and at once when the network comes back", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] })
    try {
      const db = await freshDb()
      const server = fakeServer()
      server.set("down")
      const queue = new SaleQueue(db, { send: server.send, random: () => 1 })
      await queue.enqueue(saleInput("a"), [line])
      const states: { pending: number; syncing: boolean }[] = []
      const synced: string[] = []
      const until = async (pred: () => boolean) => {
        for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setImmediate(r))
        expect(pred()).toBe(true)
      }
      const runner = autoSync(
        queue,
        (s, syncing) => states.push({ pending: s.pending, syncing }),
        (sales) => synced.push(...sales.map((s) => s.idempotency_key))
      )
      await until(() => server.received.length === 1 && states.at(-1)?.syncing === false)
      // Next try after 2 s (attempt 1), then 4 s (attempt 2): nothing in between.
      await vi.advanceTimersByTimeAsync(1_999)
      expect(server.received).toHaveLength(1)
      await vi.advanceTimersByTimeAsync(1)
      await until(() => server.received.length === 2 && states.at(-1)?.syncing === false)
      await vi.advanceTimersByTimeAsync(3_999)
      expect(server.received).toHaveLength(2)
      // The network is back before the 4 s are up: the browser's "online" event sends it now.
      server.set("up")
      window.dispatchEvent(new Event("online"))
      await until(() => synced.length === 1 && states.at(-1)?.syncing === false)
      expect(synced).toEqual(["a"])
      expect(server.orders.size).toBe(1)
      expect(states.at(-1)).toEqual({ pending: 0, syncing: false })
      runner.stop()
      // Stopped: the pending timer is gone and "online" does nothing.
      window.dispatchEvent(new Event("online"))
      await vi.advanceTimersByTimeAsync(10_000)
      expect(server.received).toHaveLength(3)
    } finally {
      vi.useRealTimers()
    }
  })
})
