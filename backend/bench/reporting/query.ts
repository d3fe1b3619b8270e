/**
 * Progress-query latency over a large ledger, beside the same report computed by GROUP BY.
 *
 *   cd backend && DATABASE_URL=… npx medusa exec ./bench/reporting/query.ts
 *   (BENCH_ROWS default 10,000,000 ledger rows in 2025, plus a fifth as many in 2024 for the
 *   year-on-year figures; BENCH_KEEP=1 reuses rows already written)
 *
 * Writes synthetic ledger rows with SQL (7 provinces, 210 counties each paired with one of the 16
 * districts, 8 channels of 5 kinds, a sixth uncertified, one line in 50 a refund), rebuilds
 * the tallies from them with the reconciliation's own rebuild, then times the support module's
 * progressReport — what the officials' API runs — for a mix of levels and parent scopes, the same
 * figures by GROUP BY over the raw ledger rows, and by GROUP BY over Medusa's order tables (joined to counties,
 * pairings and certificates through the links) for whatever orders the database holds.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type { ReportFilter, ReportLevel } from "../../src/modules/support/queries/report-filter"
import type SupportModuleService from "../../src/modules/support/service"
import { percentile } from "./synthetic"

const ROWS = Number(process.env.BENCH_ROWS || 10_000_000)
const CHUNK = 1_000_000
const ROUNDS = 200

const DISTRICTS = ["黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区", "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区"]
const PROVINCES = ["65", "54", "53", "52", "50", "63", "42"]

async function fill(db: Knex, year: number, rows: number, offset: number) {
  for (let start = 0; start < rows; start += CHUNK) {
    const t = Date.now()
    const from = offset + start
    const to = offset + Math.min(rows, start + CHUNK) - 1
    await db.raw(
      `insert into sales_ledger_entry (kind, source_id, line_item_id, order_id, product_id, occurred_at, entry_date, year, month,
         sale_date, county_id, county_code, prefecture_code, province_code, partner_district, paired, channel_id, channel_kind,
         counter_id, certified, counts_toward_target, quantity, amount_fen, currency_code)
       select case when g % 50 = 0 then 'refund' else 'sale' end, 'bench_src_' || (g / 3), 'bench_li_' || g, 'bench_ord_' || (g / 3), null,
         at, (at at time zone 'Asia/Shanghai')::date, ?, extract(month from at at time zone 'Asia/Shanghai'),
         (at at time zone 'Asia/Shanghai')::date, null, province || lpad((g % 10)::text, 2, '0') || lpad((g % 3)::text, 2, '0'),
         province || lpad((g % 10)::text, 2, '0'), province, (?::text[])[1 + (g % 210) % 16], (g % 210) % 71 <> 70,
         'sc_' || (g % 8), (array['online','online','online','hub','counter','outlet','direct_store','counter'])[1 + g % 8],
         case when g % 8 >= 3 then 'ctr_' || (g % 8) end, (g / 11) % 6 <> 0, (g / 11) % 6 <> 0 and (g % 210) % 71 <> 70,
         case when g % 50 = 0 then 0 else 1 + g % 3 end,
         case when g % 50 = 0 then -(100 + (g * 7919) % 9900) else 100 + (g * 7919) % 9900 end, 'cny'
       from generate_series(?::bigint, ?::bigint) g,
         lateral (select (?::text[])[1 + g % ?] as province,
           (make_timestamptz(?, 1, 1, 0, 0, 0, 'Asia/Shanghai') + ((g * 2654435761) % 31536000) * interval '1 second') as at) x`,
      [year, DISTRICTS, from, to, PROVINCES, PROVINCES.length, year]
    )
    console.log(`  ${year}: rows ${from - offset + 1}–${to - offset + 1} in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  }
}

async function time<T>(run: () => Promise<T>): Promise<number> {
  const t = process.hrtime.bigint()
  await run()
  return Number(process.hrtime.bigint() - t) / 1e6
}

function randomCase(i: number): { filter: ReportFilter; level: ReportLevel } {
  const levels: ReportLevel[] = ["all", "province", "prefecture", "county", "district", "channel_kind"]
  const level = levels[i % levels.length]
  const filter: ReportFilter = { year: 2025 }
  if (i % 3 === 1) {
    filter.province = PROVINCES[i % PROVINCES.length]
  }
  if (i % 4 === 2) {
    filter.district = DISTRICTS[i % DISTRICTS.length]
  }
  return { filter, level }
}

const LEDGER_GROUP_BY = `select province_code,
    coalesce(sum(amount_fen) filter (where counts_toward_target), 0) as actual_fen,
    coalesce(sum(amount_fen) filter (where not counts_toward_target), 0) as uncounted_fen,
    coalesce(sum(amount_fen) filter (where kind = 'sale'), 0) as gross_fen
  from sales_ledger_entry where year = 2025 group by province_code`

// What a report without the ledger has to do: price lines from the order tables and decide
// pairing and certification per line at the order's date.
const MEDUSA_GROUP_BY = `select pv.code as province_code,
    sum(oli.unit_price * oi.quantity) filter (where p.id is not null and cert.id is not null) as actual_yuan,
    sum(oli.unit_price * oi.quantity) as gross_yuan
  from "order" o
  join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
  join order_line_item oli on oli.id = oi.item_id
  join product_product_origin_county ppc on ppc.product_id = oli.product_id and ppc.deleted_at is null
  join county c on c.id = ppc.county_id
  join prefecture pf on pf.id = c.prefecture_id
  join province pv on pv.id = pf.province_id
  left join pairing p on p.county_id = c.id and p.deleted_at is null and p.valid_from <= o.created_at
    and (p.valid_to is null or o.created_at < p.valid_to)
  left join product_product_origin_certification ppcert on ppcert.product_id = oli.product_id and ppcert.deleted_at is null
  left join certification cert on cert.id = ppcert.certification_id and cert.issued_at <= o.created_at and o.created_at < cert.expires_at
  where o.deleted_at is null and o.canceled_at is null
    and o.created_at >= make_timestamptz(2025, 1, 1, 0, 0, 0, 'Asia/Shanghai')
    and o.created_at < make_timestamptz(2026, 1, 1, 0, 0, 0, 'Asia/Shanghai')
  group by pv.code`

export default async function queryBench({ container }: ExecArgs) {
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const existing = Number((await db.raw(`select count(*) n from sales_ledger_entry where source_id like 'bench_src_%'`)).rows[0].n)
  if (!process.env.BENCH_KEEP || existing === 0) {
    await db.raw(`delete from sales_ledger_entry where source_id like 'bench_src_%'`)
    console.log(`writing ${ROWS} ledger rows for 2025 and ${ROWS / 5} for 2024`)
    let t = Date.now()
    await fill(db, 2025, ROWS, 0)
    await fill(db, 2024, ROWS / 5, ROWS)
    console.log(`rows written in ${((Date.now() - t) / 1000).toFixed(0)} s`)
    t = Date.now()
    await support.rebuildTallies("2024-01-01", "2025-12-31")
    await db.raw(`analyze sales_ledger_entry; analyze sales_tally`)
    console.log(`tallies rebuilt from the ledger in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  }
  const { rows } = await db.raw(
    `select (select count(*) from sales_ledger_entry)::bigint ledger, (select count(*) from sales_tally)::bigint tallies,
            (select count(*) from order_item)::bigint order_lines`
  )
  console.log(`ledger rows ${rows[0].ledger}, tally rows ${rows[0].tallies}, Medusa order lines ${rows[0].order_lines}`)

  for (let i = 0; i < 10; i++) {
    const { filter, level } = randomCase(i)
    await support.progressReport(filter, level)
  }
  const tallyTimes: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const { filter, level } = randomCase(i)
    tallyTimes.push(await time(() => support.progressReport(filter, level)))
  }
  console.log(
    `progress via tallies (${ROUNDS} queries, levels and scopes mixed): p50 ${percentile(tallyTimes, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(tallyTimes, 95).toFixed(1)} ms`
  )
  const ledgerTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    ledgerTimes.push(await time(() => db.raw(LEDGER_GROUP_BY)))
  }
  console.log(`same figures by GROUP BY over the ${rows[0].ledger} ledger rows (5 runs): p50 ${percentile(ledgerTimes, 50).toFixed(0)} ms`)
  const medusaTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    medusaTimes.push(await time(() => db.raw(MEDUSA_GROUP_BY)))
  }
  console.log(
    `same figures by GROUP BY over Medusa's order tables (${rows[0].order_lines} order lines, 5 runs): p50 ${percentile(medusaTimes, 50).toFixed(0)} ms`
  )
}
