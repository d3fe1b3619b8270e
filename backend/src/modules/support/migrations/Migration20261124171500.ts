import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Hand-written: the ledger and its tallies are raw-SQL tables (bigint money, a NULLS NOT DISTINCT
// tally key for ON CONFLICT) that data models cannot express, so db:generate does not see them.
export class Migration20261124171500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_ledger_entry" (
      "id" bigint generated always as identity primary key,
      "kind" text not null check ("kind" in ('sale', 'cancellation', 'return', 'refund')),
      "source_id" text not null,
      "line_item_id" text not null,
      "order_id" text not null,
      "product_id" text null,
      "occurred_at" timestamptz not null,
      "entry_date" date not null,
      "year" smallint not null,
      "month" smallint not null,
      "sale_date" date not null,
      "county_id" text null,
      "county_code" text null,
      "prefecture_code" text null,
      "province_code" text null,
      "partner_district" text null,
      "paired" boolean not null,
      "channel_id" text null,
      "channel_kind" text not null,
      "counter_id" text null,
      "certified" boolean not null,
      "counts_toward_target" boolean not null,
      "quantity" integer not null,
      "amount_fen" bigint not null,
      "currency_code" text not null,
      "recorded_at" timestamptz not null default now(),
      constraint "sales_ledger_entry_key" unique ("kind", "source_id", "line_item_id")
    );`)
    this.addSql(`create index if not exists "IDX_sales_ledger_entry_order_id" on "sales_ledger_entry" ("order_id");`)
    this.addSql(`create index if not exists "IDX_sales_ledger_entry_entry_date" on "sales_ledger_entry" ("entry_date");`)
    this.addSql(`create index if not exists "IDX_sales_ledger_entry_year_county" on "sales_ledger_entry" ("year", "county_code", "month");`)

    this.addSql(`create table if not exists "sales_tally" (
      "year" smallint not null,
      "month" smallint not null,
      "county_code" text null,
      "prefecture_code" text null,
      "province_code" text null,
      "partner_district" text null,
      "channel_id" text null,
      "channel_kind" text not null,
      "counter_id" text null,
      "certified" boolean not null,
      "counts_toward_target" boolean not null,
      "sale_fen" bigint not null default 0,
      "reduction_fen" bigint not null default 0,
      "quantity" bigint not null default 0,
      "entries" bigint not null default 0,
      constraint "sales_tally_key" unique nulls not distinct ("year", "month", "county_code", "prefecture_code", "province_code", "partner_district", "channel_id", "channel_kind", "counter_id", "certified", "counts_toward_target")
    );`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_tally";`)
    this.addSql(`drop table if exists "sales_ledger_entry";`)
  }
}
