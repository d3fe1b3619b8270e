import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Client } from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { LEDGER_COLUMNS, type LedgerEntry, type LedgerKey } from "../ledger/entry"
import { COPY_COLUMNS, copyText } from "./copy-text"
import { tallyUpsert } from "./tally-sql"

const columns = COPY_COLUMNS.map((c) => `"${c}"`).join(", ")
const recordType = COPY_COLUMNS.map((c) => `"${c}" ${LEDGER_COLUMNS[c]}`).join(", ")

// A batch is copied into a temporary table of the connection (made once per connection), then
// moved into the ledger by one statement that also empties it, so a second batch in the same
// transaction starts from nothing; the commit truncates its file.
const CREATE_STAGE = `create temp table if not exists ledger_stage (${recordType}) on commit delete rows`
const COPY_STAGE = `copy ledger_stage (${columns}) from stdin`

// One statement: the tallies grow by exactly the rows that were new, and an entry already booked
// (same kind, source and line item), or twice in the batch, adds nothing anywhere. Rows go in key
// order so that concurrent batches take the key's locks in the same order.
const INSERT_SQL = `with staged as (
    delete from ledger_stage returning *
  ), inserted as (
    insert into sales_ledger_entry (${columns}) select ${columns} from staged
    order by kind, source_id, line_item_id
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

/**
 * Inserts the entries not yet in the ledger and adds them to the tallies; returns how many were
 * new. Runs in the caller's transaction (`trx`), whose connection the COPY needs.
 */
export async function insertEntries(trx: Knex.Transaction, entries: LedgerEntry[]): Promise<number> {
  if (!entries.length) {
    return 0
  }
  // knex hands a transaction's own connection to whatever runs in it
  const connection: Client = await trx.client.acquireConnection()
  await trx.raw(CREATE_STAGE)
  await pipeline(Readable.from(copyText(entries)), connection.query(copyFrom(COPY_STAGE)))
  const result = await trx.raw(INSERT_SQL)
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
