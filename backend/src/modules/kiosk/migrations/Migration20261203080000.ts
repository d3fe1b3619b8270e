import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The ledger reads a counter sale's time by its order: one indexed lookup per order. */
export class Migration20261203080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_sale_order_id" ON "kiosk_sale" ("order_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_kiosk_sale_order_id";`)
  }
}
