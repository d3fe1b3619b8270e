import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124165829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "supplier" drop constraint if exists "supplier_credit_code_unique";`);
    this.addSql(`alter table if exists "county" drop constraint if exists "county_code_unique";`);
    this.addSql(`alter table if exists "prefecture" drop constraint if exists "prefecture_code_unique";`);
    this.addSql(`alter table if exists "province" drop constraint if exists "province_code_unique";`);
    this.addSql(`alter table if exists "certification" drop constraint if exists "certification_number_unique";`);
    this.addSql(`create table if not exists "certification" ("id" text not null, "number" text not null, "issuer" text not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certification_number_unique" ON "certification" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_deleted_at" ON "certification" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "province" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "province_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_province_code_unique" ON "province" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_province_deleted_at" ON "province" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "prefecture" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "province_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "prefecture_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_prefecture_code_unique" ON "prefecture" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_prefecture_province_id" ON "prefecture" ("province_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_prefecture_deleted_at" ON "prefecture" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "county" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "specialty_zh" text null, "specialty_en" text null, "story_zh" text null, "story_en" text null, "verified" boolean not null default false, "prefecture_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "county_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_county_code_unique" ON "county" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_county_prefecture_id" ON "county" ("prefecture_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_county_deleted_at" ON "county" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pairing" ("id" text not null, "district_zh" text null, "district_en" text null, "relation_type" text check ("relation_type" in ('east_west', 'counterpart', 'three_gorges')) not null, "valid_from" timestamptz not null, "valid_to" timestamptz null, "county_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pairing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pairing_county_id" ON "pairing" ("county_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pairing_deleted_at" ON "pairing" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supplier" ("id" text not null, "name" text not null, "type" text check ("type" in ('enterprise', 'cooperative', 'family_farm', 'trader')) not null, "credit_code" text not null, "households_linked" integer not null default 0, "contact_phone" text null, "county_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_credit_code_unique" ON "supplier" ("credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_county_id" ON "supplier" ("county_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supplier_deleted_at" ON "supplier" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "prefecture" add constraint "prefecture_province_id_foreign" foreign key ("province_id") references "province" ("id") on update cascade;`);

    this.addSql(`alter table if exists "county" add constraint "county_prefecture_id_foreign" foreign key ("prefecture_id") references "prefecture" ("id") on update cascade;`);

    this.addSql(`alter table if exists "pairing" add constraint "pairing_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade;`);

    this.addSql(`alter table if exists "supplier" add constraint "supplier_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "prefecture" drop constraint if exists "prefecture_province_id_foreign";`);

    this.addSql(`alter table if exists "county" drop constraint if exists "county_prefecture_id_foreign";`);

    this.addSql(`alter table if exists "pairing" drop constraint if exists "pairing_county_id_foreign";`);

    this.addSql(`alter table if exists "supplier" drop constraint if exists "supplier_county_id_foreign";`);

    this.addSql(`drop table if exists "certification" cascade;`);

    this.addSql(`drop table if exists "province" cascade;`);

    this.addSql(`drop table if exists "prefecture" cascade;`);

    this.addSql(`drop table if exists "county" cascade;`);

    this.addSql(`drop table if exists "pairing" cascade;`);

    this.addSql(`drop table if exists "supplier" cascade;`);
  }

}
