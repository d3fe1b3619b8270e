import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124173810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "official" drop constraint if exists "official_email_unique";`);
    this.addSql(`create table if not exists "official" ("id" text not null, "email" text not null, "name" text not null, "district_zh" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "official_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_official_email_unique" ON "official" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_official_deleted_at" ON "official" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "official" cascade;`);
  }

}
