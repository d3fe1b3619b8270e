import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124171400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_target" drop constraint if exists "support_target_year_level_scope_code_unique";`);
    this.addSql(`create table if not exists "reconciliation_run" ("id" text not null, "trigger" text check ("trigger" in ('schedule', 'admin')) not null, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "from_date" text not null, "to_date" text not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "orders_total" integer not null default 0, "orders_done" integer not null default 0, "differences_found" integer not null default 0, "repaired" integer not null default 0, "differences" jsonb null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reconciliation_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_run_deleted_at" ON "reconciliation_run" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_target" ("id" text not null, "year" integer not null, "level" text check ("level" in ('all', 'province', 'prefecture', 'county', 'district', 'channel_kind')) not null, "scope_code" text not null, "amount" numeric not null, "note" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_target_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_target_deleted_at" ON "support_target" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_target_year_level_scope_code_unique" ON "support_target" ("year", "level", "scope_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reconciliation_run" cascade;`);

    this.addSql(`drop table if exists "support_target" cascade;`);
  }

}
