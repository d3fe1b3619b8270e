import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEVICE_SEEN_EVERY_MS, PIN_ATTEMPTS, PIN_LOCK_MS, SALE_CLAIM_LEASE_MS } from "./constants"
import { CashSession } from "./models/cash-session"
import { Clerk } from "./models/clerk"
import { KioskDevice } from "./models/kiosk-device"
import { KioskReturn } from "./models/kiosk-return"
import { KioskSale } from "./models/kiosk-sale"
import { SetupCode } from "./models/setup-code"

/** One PIN attempt, counted before the PIN is checked; evaluated false when the clerk is locked. */
export type PinAttempt = { evaluated: boolean; failed_attempts: number; locked_until: Date | null }
export type SaleClaim = { idempotency_key: string; counter_id: string; clerk_id: string; sold_at: Date; body_hash: string }
export type ReturnLine = { variant_id: string; quantity: number; unit_price: number; total: number }
export type ReturnReservation = {
  sale_id: string
  order_id: string
  counter_id: string
  clerk_id: string
  manager_id: string
  reason: string
  refund_method: string
  lines: ReturnLine[]
}
export type CloseCashSession = { id: string; counter_id: string; clerk_id: string; counted: number; note: string | null }

type Tx = Context<EntityManager>
const rowsOf = async <T>(context: Tx, sql: string, params: unknown[]) =>
  (await context.transactionManager!.execute(sql, params as any[])) as T[]
const dateOrNull = (v: string | Date | null) => (v ? new Date(v) : null)

class KioskModuleService extends MedusaService({ KioskDevice, SetupCode, Clerk, KioskSale, KioskReturn, CashSession }) {
  /**
   * Counts an attempt as wrong before the PIN is checked, in one statement that only passes an
   * unlocked clerk: of any number of concurrent guesses at most PIN_ATTEMPTS are evaluated. The
   * attempt that reaches the limit locks the clerk and starts the count again.
   */
  @InjectTransactionManager()
  async beginPinAttempt(clerkId: string, @MedusaContext() context: Tx = {}): Promise<PinAttempt> {
    // The server's clock, as everywhere a lock is shown or compared.
    const now = new Date()
    const [row] = await rowsOf<{ failed_attempts: number; locked_until: string | null }>(
      context,
      `update kiosk_clerk set
         failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
         locked_until = case when failed_attempts + 1 >= ? then ?::timestamptz else null end,
         updated_at = now()
       where id = ? and (locked_until is null or locked_until <= ?::timestamptz)
       returning failed_attempts, locked_until`,
      [PIN_ATTEMPTS, PIN_ATTEMPTS, new Date(now.getTime() + PIN_LOCK_MS), clerkId, now]
    )
    if (row) {
      return { evaluated: true, failed_attempts: row.failed_attempts, locked_until: dateOrNull(row.locked_until) }
    }
    const [clerk] = await rowsOf<{ failed_attempts: number; locked_until: string | null }>(
      context,
      `select failed_attempts, locked_until from kiosk_clerk where id = ?`,
      [clerkId]
    )
    return { evaluated: false, failed_attempts: clerk?.failed_attempts ?? 0, locked_until: dateOrNull(clerk?.locked_until ?? null) }
  }

  /** The right PIN: the attempt was not wrong after all, and a lock it set itself is lifted. */
  @InjectTransactionManager()
  async passPinAttempt(clerkId: string, attempt: PinAttempt, @MedusaContext() context: Tx = {}): Promise<void> {
    await rowsOf(
      context,
      `update kiosk_clerk set failed_attempts = 0,
         locked_until = case when ?::boolean then null else locked_until end, updated_at = now()
       where id = ?`,
      [attempt.locked_until !== null, clerkId]
    )
  }

  /** Atomically marks a setup code used; false when it was used, expired or unknown. */
  @InjectTransactionManager()
  async consumeSetupCode(codeHash: string, @MedusaContext() context: Tx = {}): Promise<{ id: string; counter_id: string } | null> {
    const [row] = await rowsOf<{ id: string; counter_id: string }>(
      context,
      `update kiosk_setup_code set used_at = now(), updated_at = now()
       where code_hash = ? and used_at is null and expires_at > now() and deleted_at is null
       returning id, counter_id`,
      [codeHash]
    )
    return row ?? null
  }

  /** Renews last_seen_at when it is older than a minute: one cheap conditional write at most. */
  @InjectTransactionManager()
  async markDeviceSeen(deviceId: string, @MedusaContext() context: Tx = {}): Promise<void> {
    await rowsOf(
      context,
      `update kiosk_device set last_seen_at = now(), updated_at = now()
       where id = ? and (last_seen_at is null or last_seen_at < now() - (? || ' milliseconds')::interval)`,
      [deviceId, String(DEVICE_SEEN_EVERY_MS)]
    )
  }

  /** Revokes a counter's devices (or one of them); returns the ids it revoked now. */
  @InjectTransactionManager()
  async revokeDevices(filter: { counter_id: string; id?: string }, @MedusaContext() context: Tx = {}): Promise<string[]> {
    const rows = await rowsOf<{ id: string }>(
      context,
      `update kiosk_device set revoked_at = now(), updated_at = now()
       where counter_id = ? and (?::text is null or id = ?) and revoked_at is null and deleted_at is null
       returning id`,
      [filter.counter_id, filter.id ?? null, filter.id ?? null]
    )
    return rows.map((r) => r.id)
  }

  /**
   * Claims a sale's key for SALE_CLAIM_LEASE_MS: a new key, or a claim that was never completed
   * and whose lease ran out (its process died) for the same sale at the same counter. Null when
   * the key is booked, held by a live claim, or carries another sale.
   */
  @InjectTransactionManager()
  async claimSale(claim: SaleClaim, @MedusaContext() context: Tx = {}): Promise<{ id: string; taken_over: boolean } | null> {
    const now = new Date()
    const [row] = await rowsOf<{ id: string; inserted: boolean }>(
      context,
      `insert into kiosk_sale (id, idempotency_key, counter_id, clerk_id, sold_at, body_hash, claimed_until)
       values (?, ?, ?, ?, ?::timestamptz, ?, ?::timestamptz)
       on conflict (idempotency_key) where deleted_at is null do update set
         clerk_id = excluded.clerk_id, sold_at = excluded.sold_at, body_hash = excluded.body_hash,
         claimed_until = excluded.claimed_until, updated_at = now()
       where kiosk_sale.order_id is null and kiosk_sale.counter_id = excluded.counter_id
         and (kiosk_sale.claimed_until is null or kiosk_sale.claimed_until < ?::timestamptz)
         and (kiosk_sale.body_hash is null or kiosk_sale.body_hash = excluded.body_hash)
       returning id, (xmax = 0) as inserted`,
      [
        generateEntityId(undefined, "ksale"),
        claim.idempotency_key,
        claim.counter_id,
        claim.clerk_id,
        claim.sold_at,
        claim.body_hash,
        new Date(now.getTime() + SALE_CLAIM_LEASE_MS),
        now,
      ]
    )
    return row ? { id: row.id, taken_over: !row.inserted } : null
  }

  /**
   * Binds a claimed sale to its order and to the till open now. The till is read FOR SHARE, so a
   * close in progress waits for this sale, and a sale recorded after the close finds no open till.
   */
  @InjectTransactionManager()
  async finishSale(
    sale: { id: string; counter_id: string } & Record<string, unknown>,
    @MedusaContext() context: Tx = {}
  ) {
    const cash_session_id = await this.openTillFor(sale.counter_id, context)
    const { counter_id: _, ...data } = sale
    return await this.updateKioskSales({ ...data, cash_session_id, claimed_until: null } as any, context)
  }

  /**
   * Reserves a return under a row lock on its sale: of concurrent returns of one sale each sees
   * the ones before it, so together they never take back more than was sold.
   */
  @InjectTransactionManager()
  async reserveReturn(input: ReturnReservation, @MedusaContext() context: Tx = {}) {
    const [sale] = await rowsOf<{ lines: { list: { variant_id: string; quantity: number }[] } | null }>(
      context,
      `select lines from kiosk_sale where id = ? and deleted_at is null for update`,
      [input.sale_id]
    )
    if (!sale) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sale ${input.sale_id} was not found`)
    }
    const earlier = await rowsOf<{ lines: { list: { variant_id: string; quantity: number }[] } }>(
      context,
      `select lines from kiosk_return where sale_id = ? and deleted_at is null`,
      [input.sale_id]
    )
    const left = new Map<string, number>()
    for (const line of sale.lines?.list ?? []) {
      left.set(line.variant_id, (left.get(line.variant_id) ?? 0) + line.quantity)
    }
    for (const line of earlier.flatMap((r) => r.lines.list)) {
      left.set(line.variant_id, (left.get(line.variant_id) ?? 0) - line.quantity)
    }
    input.lines.forEach((line, idx) => {
      const available = left.get(line.variant_id) ?? 0
      if (line.quantity > available) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `items.${idx}.quantity: only ${Math.max(0, available)} left to return`)
      }
      left.set(line.variant_id, available - line.quantity)
    })
    const { lines, ...rest } = input
    return await this.createKioskReturns(
      { ...rest, return_id: null, amount: lines.reduce((sum, l) => sum + l.total, 0), lines: { list: lines } },
      context
    )
  }

  /** The reserved return became a Medusa return: it now counts in the till open now. */
  @InjectTransactionManager()
  async completeReturn(input: { id: string; counter_id: string; return_id: string }, @MedusaContext() context: Tx = {}) {
    const cash_session_id = await this.openTillFor(input.counter_id, context)
    return await this.updateKioskReturns({ id: input.id, return_id: input.return_id, cash_session_id }, context)
  }

  /** Closes a till once: the row is locked, so of two concurrent closes the second sees it closed. */
  @InjectTransactionManager()
  async closeCashSession(input: CloseCashSession, @MedusaContext() context: Tx = {}) {
    const [session] = await rowsOf<{ closed_at: string | null }>(
      context,
      `select closed_at from kiosk_cash_session where id = ? and counter_id = ? and deleted_at is null for update`,
      [input.id, input.counter_id]
    )
    if (!session) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cash session ${input.id} was not found at this counter`)
    }
    if (session.closed_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `id: cash session ${input.id} is already closed`)
    }
    const expected = await this.expectedCash(input.id, context)
    return await this.updateCashSessions(
      {
        id: input.id,
        closed_at: new Date(),
        closed_by: input.clerk_id,
        counted: input.counted,
        expected,
        discrepancy: input.counted - expected,
        note: input.note,
      },
      context
    )
  }

  /** Float + cash taken by the till's sales − cash it refunded (fen). */
  @InjectTransactionManager()
  async expectedCash(sessionId: string, @MedusaContext() context: Tx = {}): Promise<number> {
    const [row] = await rowsOf<{ expected: string }>(
      context,
      `select s.opening_float
         + coalesce((select sum((k.payment->>'amount')::bigint) from kiosk_sale k
             where k.cash_session_id = s.id and k.order_id is not null and k.deleted_at is null
               and k.payment->>'method' = 'cash'), 0)
         - coalesce((select sum(r.amount) from kiosk_return r
             where r.cash_session_id = s.id and r.return_id is not null and r.deleted_at is null
               and r.refund_method = 'cash'), 0) as expected
       from kiosk_cash_session s where s.id = ?`,
      [sessionId]
    )
    return Number(row.expected)
  }

  private async openTillFor(counterId: string, context: Tx): Promise<string | null> {
    const [till] = await rowsOf<{ id: string }>(
      context,
      `select id from kiosk_cash_session where counter_id = ? and closed_at is null and deleted_at is null for share`,
      [counterId]
    )
    return till?.id ?? null
  }
}

export default KioskModuleService
