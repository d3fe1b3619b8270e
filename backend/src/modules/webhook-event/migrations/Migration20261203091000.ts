import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203091000 extends Migration {

  override async up(): Promise<void> {
    // Events accepted before claims existed were handed to Medusa at once: processed.
    this.addSql(`alter table if exists "webhook_event" add column if not exists "status" text check ("status" in ('claimed', 'processed')) not null default 'processed', add column if not exists "claimed_at" timestamptz not null default now();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "webhook_event" drop column if exists "status", drop column if exists "claimed_at";`);
  }

}
