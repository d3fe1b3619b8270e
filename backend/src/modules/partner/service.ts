import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { CodeKind, SubmissionSource } from "./constants"
import { Partner } from "./models/partner"
import { PartnerCredential } from "./models/partner-credential"
import { PartnerOutlet } from "./models/partner-outlet"
import { PartnerProductCode } from "./models/partner-product-code"
import { PartnerSubmission } from "./models/partner-submission"

/** A line as received, checked and normalised (content_hash over every field but the key). */
export type PartnerLine = {
  reference: string
  line: number
  outlet_id: string
  outlet_code: string
  sold_at: Date
  barcode: string | null
  sku: string | null
  quantity: number
  amount_fen: number
  content_hash: string
}
export type StoredLine = PartnerLine & { partner_id: string; submission_id: string }
export type ReferenceKey = { partner_id: string; reference: string }
export type CodeKey = { kind: CodeKind; code: string }

export type StoreLinesInput = {
  partner_id: string
  credential_id: string | null
  source: SubmissionSource
  filename: string | null
  lines: PartnerLine[]
  /** codes no product answers to yet: listed for review */
  waiting_codes: CodeKey[]
}
export type StoreLinesResult = { submission_id: string; new: number; duplicates: number }

/** Lines already received under the same key with other content; nothing of the request is kept. */
export class PartnerLineConflict extends Error {
  constructor(readonly conflicts: { reference: string; line: number }[]) {
    super(`${conflicts.length} line(s) already received with different content`)
  }
}

type Tx = Context<EntityManager>
const rowsOf = async <T>(context: Tx, sql: string, params: unknown[]) =>
  (await (context.transactionManager ?? context.manager)!.execute(sql, params as any[])) as T[]

/** A bound array: MikroORM's execute spreads JS arrays into lists, so arrays travel as JSON. */
const array = (type: "text" | "int") => `array(select jsonb_array_elements_text(?::jsonb))::${type}[]`
const json = (values: unknown[]) => JSON.stringify(values)

const LINE_COLUMNS = `partner_id, reference, line, outlet_id, outlet_code, sold_at, barcode, sku, quantity, amount_fen, content_hash, submission_id`
const toLine = (r: any): StoredLine => ({
  partner_id: r.partner_id,
  reference: r.reference,
  line: Number(r.line),
  outlet_id: r.outlet_id,
  outlet_code: r.outlet_code,
  sold_at: new Date(r.sold_at),
  barcode: r.barcode,
  sku: r.sku,
  quantity: Number(r.quantity),
  amount_fen: Number(r.amount_fen),
  content_hash: r.content_hash,
  submission_id: r.submission_id,
})

class PartnerModuleService extends MedusaService({
  Partner,
  PartnerOutlet,
  PartnerCredential,
  PartnerProductCode,
  PartnerSubmission,
}) {
  /**
   * Stores a submission's lines as received, all or none: lines already received with the same
   * content are left alone (duplicates), a line whose key was received with other content fails
   * the whole submission with the keys named.
   */
  @InjectTransactionManager()
  async storeSaleLines(input: StoreLinesInput, @MedusaContext() context: Tx = {}): Promise<StoreLinesResult> {
    const [submission] = await this.createPartnerSubmissions(
      [{ partner_id: input.partner_id, credential_id: input.credential_id, source: input.source, filename: input.filename, lines: input.lines.length, new_lines: 0 }],
      context
    )
    // a workflow hands its steps dates as strings
    const payload = JSON.stringify(input.lines.map((l) => ({ ...l, sold_at: new Date(l.sold_at).toISOString() })))
    const inserted = await rowsOf<{ reference: string; line: number }>(
      context,
      `insert into partner_sale_line (${LINE_COLUMNS})
       select ?, reference, line, outlet_id, outlet_code, sold_at, barcode, sku, quantity, amount_fen, content_hash, ?
       from jsonb_to_recordset(?::jsonb) as x(reference text, line int, outlet_id text, outlet_code text, sold_at timestamptz,
         barcode text, sku text, quantity int, amount_fen bigint, content_hash text)
       order by reference, line
       on conflict on constraint partner_sale_line_key do nothing
       returning reference, line`,
      [input.partner_id, submission.id, payload]
    )
    const fresh = new Set(inserted.map((r) => `${r.reference}|${r.line}`))
    const others = input.lines.filter((l) => !fresh.has(`${l.reference}|${l.line}`))
    if (others.length) {
      const existing = await rowsOf<{ reference: string; line: number; content_hash: string }>(
        context,
        `select reference, line, content_hash from partner_sale_line
         where partner_id = ? and (reference, line) in (select * from unnest(${array("text")}, ${array("int")}))`,
        [input.partner_id, json(others.map((l) => l.reference)), json(others.map((l) => l.line))]
      )
      const hashes = new Map(existing.map((e) => [`${e.reference}|${e.line}`, e.content_hash]))
      const conflicts = others.filter((l) => hashes.get(`${l.reference}|${l.line}`) !== l.content_hash)
      if (conflicts.length) {
        throw new PartnerLineConflict(conflicts.map(({ reference, line }) => ({ reference, line })))
      }
    }
    if (input.waiting_codes.length) {
      await rowsOf(
        context,
        `insert into partner_product_code (id, partner_id, kind, code, status)
         select 'pcode_' || replace(gen_random_uuid()::text, '-', ''), ?, kind, code, 'waiting'
         from jsonb_to_recordset(?::jsonb) as x(kind text, code text) order by kind, code
         on conflict (partner_id, kind, code) where deleted_at is null do nothing`,
        [input.partner_id, JSON.stringify(input.waiting_codes)]
      )
    }
    await this.updatePartnerSubmissions([{ id: submission.id, new_lines: inserted.length }], context)
    return { submission_id: submission.id, new: inserted.length, duplicates: input.lines.length - inserted.length }
  }

  /** Undoes storeSaleLines (workflow compensation): the lines that submission added, and itself. */
  @InjectTransactionManager()
  async removeSubmission(submissionId: string, @MedusaContext() context: Tx = {}): Promise<void> {
    await rowsOf(context, `delete from partner_sale_line where submission_id = ?`, [submissionId])
    await this.deletePartnerSubmissions([submissionId], context)
  }

  /** Every stored line of the given references (a reference's sale and its refunds book together). */
  @InjectManager()
  async linesOfReferences(keys: ReferenceKey[], @MedusaContext() context: Tx = {}): Promise<StoredLine[]> {
    if (!keys.length) {
      return []
    }
    const rows = await rowsOf(
      context,
      `select l.${LINE_COLUMNS.split(", ").join(", l.")} from partner_sale_line l
       join unnest(${array("text")}, ${array("text")}) as k(partner_id, reference) on l.partner_id = k.partner_id and l.reference = k.reference
       order by l.partner_id, l.reference, l.line`,
      [json(keys.map((k) => k.partner_id)), json(keys.map((k) => k.reference))]
    )
    return rows.map(toLine)
  }

  @InjectManager()
  async referencesOfSubmission(submissionId: string, @MedusaContext() context: Tx = {}): Promise<ReferenceKey[]> {
    return rowsOf<ReferenceKey>(
      context,
      `select distinct partner_id, reference from partner_sale_line where submission_id = ? order by 1, 2`,
      [submissionId]
    )
  }

  @InjectManager()
  async referencesWithCode(partnerId: string, code: CodeKey, @MedusaContext() context: Tx = {}): Promise<ReferenceKey[]> {
    return rowsOf<ReferenceKey>(
      context,
      `select distinct partner_id, reference from partner_sale_line
       where partner_id = ? and coalesce(barcode, sku) = ? and (case when barcode is null then 'sku' else 'barcode' end) = ?
       order by 1, 2`,
      [partnerId, code.code, code.kind]
    )
  }

  /** References with a line sold (or refunded) within [start, end): what reconciliation re-books. */
  @InjectManager()
  async referencesSoldBetween(start: Date, end: Date, @MedusaContext() context: Tx = {}): Promise<ReferenceKey[]> {
    return rowsOf<ReferenceKey>(
      context,
      `select distinct partner_id, reference from partner_sale_line where sold_at >= ? and sold_at < ? order by 1, 2`,
      [start, end]
    )
  }

  /** Of the given references, those with a sale of the code already stored (what a refund line needs). */
  @InjectManager()
  async soldCodes(partnerId: string, references: string[], @MedusaContext() context: Tx = {}): Promise<Set<string>> {
    if (!references.length) {
      return new Set()
    }
    const rows = await rowsOf<{ reference: string; code: string }>(
      context,
      `select distinct reference, coalesce(barcode, sku) as code from partner_sale_line
       where partner_id = ? and reference = any(${array("text")}) and quantity > 0`,
      [partnerId, json(references)]
    )
    return new Set(rows.map((r) => `${r.reference}|${r.code}`))
  }

  /** Per code of the review queue: how many lines wait on it, their value and span. */
  @InjectManager()
  async waitingLines(codeIds: string[], @MedusaContext() context: Tx = {}) {
    if (!codeIds.length) {
      return new Map<string, { lines_waiting: number; amount_fen_waiting: number; first_sold_at: Date | null; last_sold_at: Date | null }>()
    }
    const rows = await rowsOf<any>(
      context,
      `select c.id, count(l.id)::int as lines, coalesce(sum(l.amount_fen), 0)::bigint as amount, min(l.sold_at) as first, max(l.sold_at) as last
       from partner_product_code c
       left join partner_sale_line l on l.partner_id = c.partner_id and coalesce(l.barcode, l.sku) = c.code
         and (case when l.barcode is null then 'sku' else 'barcode' end) = c.kind
       where c.id = any(${array("text")}) group by c.id`,
      [json(codeIds)]
    )
    return new Map(
      rows.map((r) => [
        r.id as string,
        {
          lines_waiting: Number(r.lines),
          amount_fen_waiting: Number(r.amount),
          first_sold_at: r.first ? new Date(r.first) : null,
          last_sold_at: r.last ? new Date(r.last) : null,
        },
      ])
    )
  }

  /** Lines whose code waits for an operator, per partner. */
  @InjectManager()
  async waitingCountByPartner(partnerIds: string[], @MedusaContext() context: Tx = {}): Promise<Map<string, number>> {
    if (!partnerIds.length) {
      return new Map()
    }
    const rows = await rowsOf<{ partner_id: string; lines: number }>(
      context,
      `select c.partner_id, count(l.id)::int as lines from partner_product_code c
       join partner_sale_line l on l.partner_id = c.partner_id and coalesce(l.barcode, l.sku) = c.code
         and (case when l.barcode is null then 'sku' else 'barcode' end) = c.kind
       where c.status = 'waiting' and c.deleted_at is null and c.partner_id = any(${array("text")}) group by c.partner_id`,
      [json(partnerIds)]
    )
    return new Map(rows.map((r) => [r.partner_id, Number(r.lines)]))
  }

  /** What each partner reported in a Shanghai year: last sale day, months with lines, last receipt. */
  @InjectManager()
  async reportingActivity(year: number, @MedusaContext() context: Tx = {}) {
    const rows = await rowsOf<any>(
      context,
      `select partner_id,
         max((sold_at at time zone 'Asia/Shanghai')::date)::text as last_sale_date,
         array_agg(distinct extract(month from sold_at at time zone 'Asia/Shanghai')::int) as months,
         max(received_at) as last_received_at
       from partner_sale_line
       where sold_at >= make_timestamptz(?, 1, 1, 0, 0, 0, 'Asia/Shanghai') and sold_at < make_timestamptz(? + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
       group by partner_id`,
      [year, year]
    )
    return new Map<string, { last_sale_date: string; months: number[]; last_received_at: Date }>(
      rows.map((r) => [r.partner_id, { last_sale_date: r.last_sale_date, months: (r.months as number[]).map(Number), last_received_at: new Date(r.last_received_at) }])
    )
  }
}

export default PartnerModuleService
