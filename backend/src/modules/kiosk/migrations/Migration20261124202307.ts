import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124202307 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "kiosk_setup_code" drop constraint if exists "kiosk_setup_code_code_hash_unique";`);
    this.addSql(`alter table if exists "kiosk_sale" drop constraint if exists "kiosk_sale_idempotency_key_unique";`);
    this.addSql(`alter table if exists "kiosk_device" drop constraint if exists "kiosk_device_token_hash_unique";`);
    this.addSql(`alter table if exists "kiosk_cash_session" drop constraint if exists "kiosk_cash_session_counter_id_unique";`);
    this.addSql(`create table if not exists "kiosk_cash_session" ("id" text not null, "counter_id" text not null, "opened_by" text not null, "opened_at" timestamptz not null, "opening_float" integer not null, "closed_by" text null, "closed_at" timestamptz null, "expected" integer null, "counted" integer null, "discrepancy" integer null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_cash_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_cash_session_counter_id" ON "kiosk_cash_session" ("counter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_cash_session_deleted_at" ON "kiosk_cash_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kiosk_cash_session_counter_id_unique" ON "kiosk_cash_session" ("counter_id") WHERE closed_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kiosk_clerk" ("id" text not null, "counter_id" text not null, "name" text not null, "role" text check ("role" in ('clerk', 'manager')) not null default 'clerk', "pin_hash" text not null, "failed_attempts" integer not null default 0, "locked_until" timestamptz null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_clerk_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_clerk_counter_id" ON "kiosk_clerk" ("counter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_clerk_deleted_at" ON "kiosk_clerk" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kiosk_device" ("id" text not null, "counter_id" text not null, "token_hash" text not null, "last_seen_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_device_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_device_counter_id" ON "kiosk_device" ("counter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kiosk_device_token_hash_unique" ON "kiosk_device" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_device_deleted_at" ON "kiosk_device" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kiosk_return" ("id" text not null, "sale_id" text not null, "order_id" text not null, "return_id" text not null, "counter_id" text not null, "clerk_id" text not null, "manager_id" text not null, "amount" integer not null, "refund_method" text not null, "reason" text not null, "lines" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_return_sale_id" ON "kiosk_return" ("sale_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_return_counter_id" ON "kiosk_return" ("counter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_return_deleted_at" ON "kiosk_return" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kiosk_sale" ("id" text not null, "idempotency_key" text not null, "order_id" text null, "display_id" integer null, "counter_id" text not null, "clerk_id" text not null, "sold_at" timestamptz not null, "total" integer not null default 0, "flagged" boolean not null default false, "flags" jsonb not null default '{"list":[]}', "payment" jsonb null, "lines" jsonb null, "override" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_sale_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kiosk_sale_idempotency_key_unique" ON "kiosk_sale" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_sale_counter_id" ON "kiosk_sale" ("counter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_sale_sold_at" ON "kiosk_sale" ("sold_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_sale_deleted_at" ON "kiosk_sale" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "kiosk_setup_code" ("id" text not null, "counter_id" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "device_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kiosk_setup_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_setup_code_counter_id" ON "kiosk_setup_code" ("counter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kiosk_setup_code_code_hash_unique" ON "kiosk_setup_code" ("code_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kiosk_setup_code_deleted_at" ON "kiosk_setup_code" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "kiosk_cash_session" cascade;`);

    this.addSql(`drop table if exists "kiosk_clerk" cascade;`);

    this.addSql(`drop table if exists "kiosk_device" cascade;`);

    this.addSql(`drop table if exists "kiosk_return" cascade;`);

    this.addSql(`drop table if exists "kiosk_sale" cascade;`);

    this.addSql(`drop table if exists "kiosk_setup_code" cascade;`);
  }

}
