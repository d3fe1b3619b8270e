import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Hand-written: kiosk money becomes bigint (data models can only declare integer); device
 * revocation; sale claims as leases with the sale's digest; sales and returns tied to the till
 * open when they were recorded, filled in for the rows already there by their recording time.
 */
export class Migration20261203093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "kiosk_sale" alter column "total" type bigint;`)
    this.addSql(`alter table "kiosk_return" alter column "amount" type bigint;`)
    this.addSql(`alter table "kiosk_cash_session"
      alter column "opening_float" type bigint, alter column "expected" type bigint,
      alter column "counted" type bigint, alter column "discrepancy" type bigint;`)

    this.addSql(`alter table "kiosk_device" add column if not exists "revoked_at" timestamptz null;`)

    this.addSql(`alter table "kiosk_sale" add column if not exists "body_hash" text null,
      add column if not exists "claimed_until" timestamptz null, add column if not exists "cash_session_id" text null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_sale_cash_session_id" ON "kiosk_sale" ("cash_session_id") WHERE deleted_at IS NULL;`)
    this.addSql(`alter table "kiosk_return" alter column "return_id" drop not null, add column if not exists "cash_session_id" text null;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_return_cash_session_id" ON "kiosk_return" ("cash_session_id") WHERE deleted_at IS NULL;`)

    for (const table of ["kiosk_sale", "kiosk_return"]) {
      this.addSql(`update "${table}" t set cash_session_id = c.id from "kiosk_cash_session" c
        where t.cash_session_id is null and c.counter_id = t.counter_id and c.deleted_at is null
          and t.created_at >= c.opened_at and (c.closed_at is null or t.created_at <= c.closed_at);`)
    }
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_kiosk_return_cash_session_id";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_kiosk_sale_cash_session_id";`)
    this.addSql(`alter table "kiosk_return" drop column if exists "cash_session_id";`)
    this.addSql(`alter table "kiosk_sale" drop column if exists "cash_session_id", drop column if exists "claimed_until", drop column if exists "body_hash";`)
    this.addSql(`alter table "kiosk_device" drop column if exists "revoked_at";`)
  }
}
