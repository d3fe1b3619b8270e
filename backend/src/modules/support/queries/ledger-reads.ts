import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LEDGER_COLUMNS, ledgerKey, type LedgerEntry, type LedgerKey } from "../ledger/entry"
import { FINGERPRINT_SQL } from "../ledger/fingerprint"

export type BookedFingerprint = LedgerKey & { print: string }

const SELECT_COLUMNS = Object.keys(LEDGER_COLUMNS)
  .map((c) => (c.endsWith("_date") ? `"${c}"::text as "${c}"` : `"${c}"`))
  .join(", ")

/** Each booked entry of the orders dated `from`–`to` (Shanghai days), by ledger key, with its fingerprint. */
export async function bookedFingerprints(db: Knex, orderIds: string[], from: string, to: string): Promise<Map<string, BookedFingerprint>> {
  const { rows } = await db.raw(
    `select kind, source_id, line_item_id, ${FINGERPRINT_SQL} as print
     from sales_ledger_entry where order_id = any(?) and entry_date between ?::date and ?::date`,
    [orderIds, from, to]
  )
  return new Map(rows.map((r: BookedFingerprint) => [ledgerKey(r), r]))
}

/** Booked entries in full, found by their key. */
export async function bookedEntries(db: Knex, keys: LedgerKey[]): Promise<LedgerEntry[]> {
  if (!keys.length) {
    return []
  }
  const { rows } = await db.raw(
    `select ${SELECT_COLUMNS} from sales_ledger_entry
     where (kind, source_id, line_item_id) in (select * from unnest(?::text[], ?::text[], ?::text[]))`,
    [keys.map((k) => k.kind), keys.map((k) => k.source_id), keys.map((k) => k.line_item_id)]
  )
  return rows.map((r: LedgerEntry) => ({ ...r, amount_fen: Number(r.amount_fen) }))
}

/** The orders (and partner references) with an entry dated in [start, end), Shanghai days. */
export async function ledgerOrderIdsBetween(db: Knex, start: Date, end: Date): Promise<string[]> {
  const { rows } = await db.raw(
    `select distinct order_id from sales_ledger_entry
      where entry_date >= (?::timestamptz at time zone 'Asia/Shanghai')::date
        and entry_date < (?::timestamptz at time zone 'Asia/Shanghai')::date
      order by 1`,
    [start, end]
  )
  return rows.map((r: { order_id: string }) => r.order_id)
}

/**
 * When the newest entry was booked for: both halves walk the entry_date index from its end
 * rather than the whole ledger.
 */
export async function lastBookedAt(db: Knex): Promise<Date | null> {
  const { rows } = await db.raw(
    `select max(occurred_at) as at from sales_ledger_entry
      where entry_date = (select max(entry_date) from sales_ledger_entry)`
  )
  return rows[0]?.at ? new Date(rows[0].at) : null
}

/** How many distinct sources (a sale, a return, a refund…) the ledger holds for these orders. */
export async function bookedSourceCount(db: Knex, orderIds: string[]): Promise<number> {
  const { rows } = await db.raw(
    `select count(distinct (kind, source_id))::int as n from sales_ledger_entry where order_id = any(?)`,
    [orderIds]
  )
  return rows[0].n
}

/** Of these orders, those whose sale is booked. */
export async function ordersWithSale(db: Knex, orderIds: string[]): Promise<Set<string>> {
  const { rows } = await db.raw(
    `select distinct order_id from sales_ledger_entry where order_id = any(?) and kind = 'sale'`,
    [orderIds]
  )
  return new Set(rows.map((r: { order_id: string }) => r.order_id))
}
