import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124173347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "reconciliation_run" add column if not exists "tally_rows_corrected" integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "reconciliation_run" drop column if exists "tally_rows_corrected";`);
  }

}
