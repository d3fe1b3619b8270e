import type { KioskDb } from "./db"
import type { QueuedSale } from "./queued-sale"
import type { RawAnswer } from "./api"
import type { Sale, SaleInput, SaleLine } from "./types"

export type QueueState = {
  pending: number
  attention: QueuedSale[]
  last_error: string | null
  next_retry_at: number | null
  /** The last answer was 401/403: the clerk must log in again before the queue can go on. */
  needs_login: boolean
  /** Pending sales held until their seller logs in online (the server books a sale only under its seller's session). */
  waiting_for_seller: number
}

/** A v4 UUID for a sale; crypto.randomUUID is missing outside secure contexts (plain http on a LAN). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("")
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

export const BACKOFF_BASE_MS = 2_000
export const BACKOFF_MAX_MS = 5 * 60_000

/** Exponential backoff with "equal jitter": half the step fixed, half random, capped at 5 minutes. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1))
  return Math.round(step / 2 + (random() * step) / 2)
}

/** 408 and 429 are "try later"; 401/403 wait for a login; any other 4xx needs a person. */
function classify(status: number): "done" | "retry" | "auth" | "attention" {
  if (status === 200 || status === 201) return "done"
  if (status === 401 || status === 403) return "auth"
  if (status === 408 || status === 429 || status >= 500) return "retry"
  return "attention"
}

function errorText(answer: RawAnswer): string {
  const message = (answer.body as { message?: unknown } | null)?.message
  return `HTTP ${answer.status}${typeof message === "string" && message ? `: ${message}` : ""}`
}

export type SaleQueueOptions = {
  send: (sale: SaleInput) => Promise<RawAnswer>
  /**
   * The clerk whose server session `send` goes out under (null: none, e.g. an offline PIN login).
   * Given, only that clerk's sales are sent: the server refuses a sale whose clerk_id is not the
   * signed-in clerk (403), so the others wait on the device until their seller logs in online.
   */
  seller?: () => string | null
  now?: () => number
  random?: () => number
}

export class SaleQueue {
  private readonly now: () => number
  private readonly random: () => number
  private running: Promise<SyncResult> | null = null
  private needsLogin = false

  constructor(
    private readonly db: KioskDb,
    private readonly opts: SaleQueueOptions
  ) {
    this.now = opts.now ?? Date.now
    this.random = opts.random ?? Math.random
  }

  /** Stores the sale; resolves once it is on disk. */
  async enqueue(sale: SaleInput, lines: SaleLine[]): Promise<QueuedSale> {
    const entry: QueuedSale = {
      key: sale.idempotency_key,
      sale,
      lines,
      queued_at: new Date(this.now()).toISOString(),
      status: "pending",
      attempts: 0,
      last_error: null,
      next_attempt_at: this.now(),
    }
    await this.db.add("queue", entry)
    return entry
  }

  async entries(): Promise<QueuedSale[]> {
    return this.db.getAllFromIndex("queue", "by_queued")
  }

  /** A pending sale the current session may send. */
  private sendable(e: QueuedSale): boolean {
    return e.status === "pending" && (!this.opts.seller || e.sale.clerk_id === this.opts.seller())
  }

  async state(): Promise<QueueState> {
    const all = await this.entries()
    const pending = all.filter((e) => e.status === "pending")
    const sendable = pending.filter((e) => this.sendable(e))
    const errors = [...all].filter((e) => e.last_error).sort((a, b) => b.next_attempt_at - a.next_attempt_at)
    return {
      pending: pending.length,
      attention: all.filter((e) => e.status === "attention"),
      last_error: errors[0]?.last_error ?? null,
      next_retry_at: sendable.length ? Math.min(...sendable.map((e) => e.next_attempt_at)) : null,
      needs_login: this.needsLogin,
      waiting_for_seller: pending.length - sendable.length,
    }
  }

  /** Makes every pending sale due now (network back, clerk logged in, "sync now"). */
  async retryNow(): Promise<void> {
    this.needsLogin = false
    const tx = this.db.transaction("queue", "readwrite")
    for (const e of await tx.store.getAll()) {
      if (e.status === "pending") await tx.store.put({ ...e, next_attempt_at: this.now() })
    }
    await tx.done
  }

  /** Puts a refused sale back in line after someone fixed the cause (e.g. stock or a manager PIN). */
  async resubmit(key: string): Promise<void> {
    const e = await this.db.get("queue", key)
    if (e) await this.db.put("queue", { ...e, status: "pending", next_attempt_at: this.now() })
  }

  /** Sends the due sales oldest first; one run at a time (and one tab at a time where Web Locks exist). */
  sync(): Promise<SyncResult> {
    if (this.running) return this.running
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined
    const locked = locks
      ? (async () => await locks.request("onecounty-kiosk-sync", { ifAvailable: true }, (lock) => (lock ? this.syncDue() : EMPTY)))()
      : this.syncDue()
    const running = locked.finally(() => {
      this.running = null
    })
    this.running = running
    return running
  }

  private async syncDue(): Promise<SyncResult> {
    const result: SyncResult = { synced: [], failed: 0 }
    const due = (await this.entries()).filter((e) => this.sendable(e) && e.next_attempt_at <= this.now())
    for (const entry of due) {
      let answer: RawAnswer
      try {
        answer = await this.opts.send(entry.sale)
      } catch (e) {
        await this.postpone(entry, `network: ${e instanceof Error ? e.message : String(e)}`)
        result.failed++
        break
      }
      const kind = classify(answer.status)
      const sale = (answer.body as { sale?: Sale } | null)?.sale
      if (kind === "done" && sale && sale.idempotency_key === entry.key) {
        await this.confirm(entry.key, sale)
        this.needsLogin = false
        result.synced.push(sale)
        continue
      }
      result.failed++
      if (kind === "done") {
        await this.hold(entry, `HTTP ${answer.status}: the answer carries no sale for this key`)
      } else if (kind === "attention") {
        await this.hold(entry, errorText(answer))
      } else {
        if (kind === "auth") this.needsLogin = true
        await this.postpone(entry, errorText(answer))
        break
      }
    }
    return result
  }

  private async confirm(key: string, sale: Sale) {
    const tx = this.db.transaction(["queue", "receipts"], "readwrite")
    await tx.objectStore("receipts").put({ key, sale, stored_at: new Date(this.now()).toISOString() })
    await tx.objectStore("queue").delete(key)
    await tx.done
  }

  private async hold(entry: QueuedSale, error: string) {
    await this.db.put("queue", { ...entry, status: "attention", attempts: entry.attempts + 1, last_error: error })
  }

  /** The failed sale backs off; the others that were due wait as long (the server or the network is down for all). */
  private async postpone(entry: QueuedSale, error: string) {
    const attempts = entry.attempts + 1
    const next = this.now() + backoffMs(attempts, this.random)
    const tx = this.db.transaction("queue", "readwrite")
    await tx.store.put({ ...entry, attempts, last_error: error, next_attempt_at: next })
    for (const e of await tx.store.getAll()) {
      if (e.key !== entry.key && e.status === "pending" && e.next_attempt_at < next) await tx.store.put({ ...e, next_attempt_at: next })
    }
    await tx.done
  }
}

export type SyncResult = { synced: Sale[]; failed: number }
const EMPTY: SyncResult = { synced: [], failed: 0 }

/**
 * Keeps the queue moving: a run now, then one when the earliest pending sale is due, and one as soon
 * as the browser says the network is back. `kick` runs it at once (after a sale or a login).
 */
export function autoSync(queue: SaleQueue, onState: (state: QueueState, syncing: boolean) => void, onSynced: (sales: Sale[]) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const tick = async () => {
    clearTimeout(timer)
    if (stopped) return
    onState(await queue.state(), true)
    const result = await queue.sync().catch(() => EMPTY)
    if (result.synced.length) onSynced(result.synced)
    if (stopped) return
    const state = await queue.state()
    onState(state, false)
    if (state.next_retry_at !== null && !state.needs_login) timer = setTimeout(tick, Math.max(0, state.next_retry_at - Date.now()))
  }
  const online = () => void queue.retryNow().then(tick)
  window.addEventListener("online", online)
  void tick()
  return {
    kick: () => tick(),
    retryNow: () => queue.retryNow().then(tick),
    stop: () => {
      stopped = true
      clearTimeout(timer)
      window.removeEventListener("online", online)
    },
  }
}
