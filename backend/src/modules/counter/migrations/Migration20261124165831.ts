import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124165831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "counter" drop constraint if exists "counter_code_unique";`);
    this.addSql(`create table if not exists "counter" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "kind" text check ("kind" in ('hub', 'counter', 'outlet', 'direct_store')) not null, "address" text not null, "district_zh" text not null, "district_en" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_code_unique" ON "counter" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_counter_deleted_at" ON "counter" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "counter" cascade;`);
  }

}
