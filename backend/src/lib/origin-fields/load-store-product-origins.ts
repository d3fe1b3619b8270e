import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Record_ = Record<string, unknown>
export type ProductOrigin = { county: Record_ | null; supplier: Record_ | null; certification: Record_ | null }

// Pairing timestamps leave PostgreSQL inside JSON: written as Date#toJSON writes the others.
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/*
 * The store origin reader: every public origin field (selection.ts lists them) of each published
 * product in the given sales channels, in one statement: the link tables (indexed on product_id)
 * joined to the origin module's tables, which Query reads in four round trips and joins in memory.
 * The tables are the ones defineLink (src/links), the origin models and Medusa's product module
 * create. backend/integration-tests/http/store-origin-products.spec.ts holds it equal to Query.
 */
const ORIGINS_SQL = `
  select p.product_id,
    c.id as c_id, c.code as c_code, c.name_zh as c_name_zh, c.name_en as c_name_en,
    c.specialty_zh as c_specialty_zh, c.specialty_en as c_specialty_en,
    (select coalesce(json_agg(json_build_object(
        'id', pr.id, 'district_zh', pr.district_zh, 'district_en', pr.district_en, 'relation_type', pr.relation_type,
        'valid_from', ${iso("pr.valid_from")}, 'valid_to', ${iso("pr.valid_to")}) order by pr.valid_from), '[]')
       from pairing pr where pr.county_id = c.id and pr.deleted_at is null) as c_pairings,
    pf.id as pf_id, pf.code as pf_code, pf.name_zh as pf_name_zh, pf.name_en as pf_name_en,
    pv.id as pv_id, pv.code as pv_code, pv.name_zh as pv_name_zh, pv.name_en as pv_name_en,
    s.id as s_id, s.name as s_name, s.type as s_type,
    sc.id as sc_id, sc.code as sc_code, sc.name_zh as sc_name_zh, sc.name_en as sc_name_en,
    ct.id as ct_id, ct.number as ct_number, ct.issuer as ct_issuer, ct.issued_at as ct_issued_at, ct.expires_at as ct_expires_at
  from product p0
  join unnest(?::text[]) as p(product_id) on p.product_id = p0.id
  left join product_product_origin_county lc on lc.product_id = p.product_id and lc.deleted_at is null
  left join county c on c.id = lc.county_id and c.deleted_at is null
  left join prefecture pf on pf.id = c.prefecture_id and pf.deleted_at is null
  left join province pv on pv.id = pf.province_id and pv.deleted_at is null
  left join product_product_origin_supplier ls on ls.product_id = p.product_id and ls.deleted_at is null
  left join supplier s on s.id = ls.supplier_id and s.deleted_at is null
  left join county sc on sc.id = s.county_id and sc.deleted_at is null
  left join product_product_origin_certification lct on lct.product_id = p.product_id and lct.deleted_at is null
  left join certification ct on ct.id = lct.certification_id and ct.deleted_at is null
  where p0.status = 'published' and p0.deleted_at is null
    and exists (select 1 from product_sales_channel psc
                where psc.product_id = p0.id and psc.sales_channel_id = any(?::text[]) and psc.deleted_at is null)`

/** The columns of a row that start with `prefix_`, without it; null when the joined record is absent. */
function record(row: Record_, prefix: string): Record_ | null {
  if (row[`${prefix}_id`] == null) {
    return null
  }
  const out: Record_ = {}
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith(`${prefix}_`)) {
      out[column.slice(prefix.length + 1)] = value
    }
  }
  return out
}

/** The origin of each product the store may show in these sales channels, by product id. */
export async function loadStoreProductOrigins(
  scope: MedusaContainer,
  productIds: string[],
  salesChannelIds: string[]
): Promise<Map<string, ProductOrigin>> {
  if (!productIds.length || !salesChannelIds.length) {
    return new Map()
  }
  const db = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw(ORIGINS_SQL, [productIds, salesChannelIds])
  return new Map(
    rows.map((row: Record_) => {
      const county = record(row, "c")
      const prefecture = record(row, "pf")
      if (county) {
        county.prefecture = prefecture && { ...prefecture, province: record(row, "pv") }
      }
      const supplier = record(row, "s")
      if (supplier) {
        supplier.county = record(row, "sc")
      }
      return [row.product_id as string, { county, supplier, certification: record(row, "ct") }]
    })
  )
}
