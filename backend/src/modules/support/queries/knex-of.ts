import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"

export type SupportContext = Context<EntityManager>

/**
 * The module's own connection as knex, for the ledger and tally SQL that data models cannot
 * express (bigint sums, one-statement upserts): the open transaction when the method runs in one
 * (@InjectTransactionManager, or a caller's), otherwise the pool, so that reads issued together
 * run in parallel rather than one after another on a single connection.
 */
export function knexOf(context: SupportContext): Knex {
  const manager = (context.transactionManager ?? context.manager)!
  return manager.getTransactionContext<Knex.Transaction>() ?? manager.getKnex()
}

/** The open transaction as knex, for statements that need its connection (COPY into a temporary table). */
export function transactionOf(context: SupportContext): Knex.Transaction {
  const trx = (context.transactionManager ?? context.manager)?.getTransactionContext<Knex.Transaction>()
  if (!trx) {
    throw new Error("the ledger is written in a transaction of the support module")
  }
  return trx
}
