import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261203083000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ledger_attention" ("id" text not null, "order_id" text not null, "reason" text not null, "source" text check ("source" in ('worker', 'reconciliation')) not null, "run_id" text null, "attempts" integer not null default 1, "last_tried_at" timestamptz not null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_attention_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_attention_order_id_unique" ON "ledger_attention" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_attention_open" ON "ledger_attention" ("last_tried_at") WHERE resolved_at IS NULL AND deleted_at IS NULL;`)
    this.addSql(`alter table if exists "reconciliation_run" add column if not exists "attention" integer not null default 0;`)
    this.addSql(`alter table if exists "reconciliation_run" drop constraint if exists "reconciliation_run_status_check";`)
    this.addSql(`alter table if exists "reconciliation_run" add constraint "reconciliation_run_status_check" check ("status" in ('running', 'succeeded', 'succeeded_with_attention', 'failed'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_attention" cascade;`)
    this.addSql(`alter table if exists "reconciliation_run" drop column if exists "attention";`)
    this.addSql(`alter table if exists "reconciliation_run" drop constraint if exists "reconciliation_run_status_check";`)
    this.addSql(`alter table if exists "reconciliation_run" add constraint "reconciliation_run_status_check" check ("status" in ('running', 'succeeded', 'failed'));`)
  }
}
