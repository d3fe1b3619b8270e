import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124202650 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "official" add column if not exists "can_edit_targets" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "official" drop column if exists "can_edit_targets";`);
  }

}
