import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LEDGER_COLUMNS, ledgerKey, type LedgerEntry, type LedgerKey } from "../ledger/entry"
import { tallyUpsert } from "./tally-sql"

const names = Object.keys(LEDGER_COLUMNS)
const columns = names.map((c) => `"${c}"`).join(", ")
const recordType = names.map((c) => `"${c}" ${LEDGER_COLUMNS[c as keyof LedgerEntry]}`).join(", ")

// One statement, so one transaction: the tallies grow by exactly the rows that were new, and a
// replayed entry (same kind, source and line item) adds nothing anywhere.
const INSERT_SQL = `with input as (
    select * from jsonb_to_recordset(?::jsonb) as x(${recordType})
    order by kind, source_id, line_item_id
  ), inserted as (
    insert into sales_ledger_entry (${columns}) select ${columns} from input
    on conflict on constraint sales_ledger_entry_key do nothing
    returning *
  ), tallied as (${tallyUpsert("inserted", 1)})
  select count(*)::int as inserted from inserted`

const DELETE_SQL = `with doomed as (
    select * from jsonb_to_recordset(?::jsonb) as x(kind text, source_id text, line_item_id text)
  ), removed as (
    delete from sales_ledger_entry e using doomed d
    where e.kind = d.kind and e.source_id = d.source_id and e.line_item_id = d.line_item_id
    returning e.*
  ), tallied as (${tallyUpsert("removed", -1)})
  select count(*)::int as removed from removed`

const DEADLOCK = "40P01"

/**
 * Runs a whole transaction again when PostgreSQL chose it as a deadlock's victim (it was rolled
 * back, so running it again is safe); any other error, or the last attempt's, is thrown.
 */
export async function withDeadlockRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (e) {
      if ((e as { code?: string }).code !== DEADLOCK || attempt >= attempts) {
        throw e
      }
    }
  }
}

function unique(entries: LedgerEntry[]): LedgerEntry[] {
  return [...new Map(entries.map((e) => [ledgerKey(e), e])).values()]
}

/** Inserts the entries not yet in the ledger and adds them to the tallies; returns how many were new. */
export async function insertEntries(db: Knex, entries: LedgerEntry[]): Promise<number> {
  if (!entries.length) {
    return 0
  }
  const payload = JSON.stringify(unique(entries))
  const result = await db.raw(INSERT_SQL, [payload])
  return result.rows[0].inserted
}

/** Deletes ledger rows by key and takes them out of the tallies; returns how many went. */
export async function deleteEntries(db: Knex, keys: LedgerKey[]): Promise<number> {
  if (!keys.length) {
    return 0
  }
  const payload = JSON.stringify(keys.map(({ kind, source_id, line_item_id }) => ({ kind, source_id, line_item_id })))
  const result = await db.raw(DELETE_SQL, [payload])
  return result.rows[0].removed
}
