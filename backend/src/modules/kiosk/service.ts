import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PIN_ATTEMPTS, PIN_LOCK_MS } from "./constants"
import { CashSession } from "./models/cash-session"
import { Clerk } from "./models/clerk"
import { KioskDevice } from "./models/kiosk-device"
import { KioskReturn } from "./models/kiosk-return"
import { KioskSale } from "./models/kiosk-sale"
import { SetupCode } from "./models/setup-code"

export type FailedPin = { failed_attempts: number; locked_until: Date | null }

class KioskModuleService extends MedusaService({ KioskDevice, SetupCode, Clerk, KioskSale, KioskReturn, CashSession }) {
  /**
   * Counts a wrong PIN in one statement, so concurrent guesses cannot slip past the limit; the
   * fifth in a row locks the clerk and starts the count again.
   */
  @InjectTransactionManager()
  async recordFailedPin(clerkId: string, @MedusaContext() context: Context<EntityManager> = {}): Promise<FailedPin> {
    const rows = await context.transactionManager!.execute(
      `update kiosk_clerk set
         failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
         locked_until = case when failed_attempts + 1 >= ? then now() + (? || ' milliseconds')::interval else locked_until end,
         updated_at = now()
       where id = ? returning failed_attempts, locked_until`,
      [PIN_ATTEMPTS, PIN_ATTEMPTS, String(PIN_LOCK_MS), clerkId]
    )
    const row = rows[0] as { failed_attempts: number; locked_until: string | Date | null }
    return { failed_attempts: row.failed_attempts, locked_until: row.locked_until ? new Date(row.locked_until) : null }
  }

  /** Atomically marks a setup code used; false when it was used, expired or unknown. */
  @InjectTransactionManager()
  async consumeSetupCode(
    codeHash: string,
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ id: string; counter_id: string } | null> {
    const rows = await context.transactionManager!.execute(
      `update kiosk_setup_code set used_at = now(), updated_at = now()
       where code_hash = ? and used_at is null and expires_at > now() and deleted_at is null
       returning id, counter_id`,
      [codeHash]
    )
    return (rows[0] as { id: string; counter_id: string } | undefined) ?? null
  }
}

export default KioskModuleService
