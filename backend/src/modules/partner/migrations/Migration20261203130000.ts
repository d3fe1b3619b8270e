import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The partner tables. partner_sale_line is hand-written (like the ledger): amounts are bigint and
 * it is written and read in bulk with SQL, up to 5,000 lines a statement.
 */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    const common = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null`
    this.addSql(`create table if not exists "partner" ("id" text not null, "name_zh" text not null, "name_en" text not null,
      "kind" text check ("kind" in ('supermarket_chain', 'hub', 'platform', 'union', 'enterprise', 'other')) not null,
      "district_zh" text null, ${common}, constraint "partner_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_deleted_at" ON "partner" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "partner_outlet" ("id" text not null, "partner_id" text not null, "code" text not null,
      "name" text not null, "district_zh" text null, ${common}, constraint "partner_outlet_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_outlet_partner_id" ON "partner_outlet" ("partner_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_outlet_partner_id_code_unique" ON "partner_outlet" ("partner_id", "code") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "partner_credential" ("id" text not null, "partner_id" text not null, "key_id" text not null,
      "secret_sealed" text not null, "secret_hash" text not null, "secret_hint" text not null,
      "last_used_at" timestamptz null, "revoked_at" timestamptz null, ${common}, constraint "partner_credential_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_credential_partner_id" ON "partner_credential" ("partner_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_credential_key_id_unique" ON "partner_credential" ("key_id") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "partner_product_code" ("id" text not null, "partner_id" text not null,
      "kind" text check ("kind" in ('barcode', 'sku')) not null, "code" text not null,
      "status" text check ("status" in ('waiting', 'mapped', 'not_assistance')) not null default 'waiting',
      "product_id" text null, "decided_by" text null, "decided_at" timestamptz null, ${common},
      constraint "partner_product_code_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_product_code_partner_id" ON "partner_product_code" ("partner_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_product_code_partner_id_kind_code_unique" ON "partner_product_code" ("partner_id", "kind", "code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_product_code_status" ON "partner_product_code" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "partner_submission" ("id" text not null, "partner_id" text not null, "credential_id" text null,
      "source" text check ("source" in ('api', 'file', 'admin_file')) not null, "filename" text null,
      "lines" integer not null, "new_lines" integer not null, ${common}, constraint "partner_submission_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_submission_partner_id" ON "partner_submission" ("partner_id") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "partner_sale_line" (
      "id" bigint generated always as identity primary key,
      "partner_id" text not null,
      "reference" text not null,
      "line" integer not null,
      "outlet_id" text not null,
      "outlet_code" text not null,
      "sold_at" timestamptz not null,
      "barcode" text null,
      "sku" text null,
      "quantity" integer not null,
      "amount_fen" bigint not null,
      "content_hash" text not null,
      "submission_id" text not null,
      "received_at" timestamptz not null default now(),
      constraint "partner_sale_line_key" unique ("partner_id", "reference", "line"),
      constraint "partner_sale_line_code" check (("barcode" is null) <> ("sku" is null))
    );`)
    this.addSql(`create index if not exists "IDX_partner_sale_line_sold_at" on "partner_sale_line" ("sold_at");`)
    this.addSql(`create index if not exists "IDX_partner_sale_line_partner_sold_at" on "partner_sale_line" ("partner_id", "sold_at");`)
    this.addSql(`create index if not exists "IDX_partner_sale_line_submission" on "partner_sale_line" ("submission_id");`)
    this.addSql(`create index if not exists "IDX_partner_sale_line_code" on "partner_sale_line" ("partner_id", coalesce("barcode", "sku"));`)
  }

  override async down(): Promise<void> {
    for (const table of ["partner_sale_line", "partner_submission", "partner_product_code", "partner_credential", "partner_outlet", "partner"]) {
      this.addSql(`drop table if exists "${table}" cascade;`)
    }
  }
}
