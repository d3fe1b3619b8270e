import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CodeKind, CodeStatus, SubmissionSource } from "./constants"
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
export type CodeDecision = CodeKey & { partner_id: string; status: Exclude<CodeStatus, "waiting">; product_id: string | null }

/**
 * A submission's lines as one JSON array (sold_at as ISO text), built once: the workflow carries
 * it as a string, which its engine copies by reference where it would deep-copy 5,000 line
 * objects at every step, and the store binds it as one parameter.
 */
export type LinesPayload = { count: number; json: string }
export const linesPayload = (lines: PartnerLine[]): LinesPayload => ({
  count: lines.length,
  // sold_at as text first: a Date's toJSON takes JSON.stringify off its fast path (3× slower)
  json: JSON.stringify(
    lines.map((l) => ({
      reference: l.reference,
      line: l.line,
      outlet_id: l.outlet_id,
      outlet_code: l.outlet_code,
      sold_at: new Date(l.sold_at).toISOString(),
      barcode: l.barcode,
      sku: l.sku,
      quantity: l.quantity,
      amount_fen: l.amount_fen,
      content_hash: l.content_hash,
    }))
  ),
})

export type StoreLinesInput = {
  partner_id: string
  credential_id: string | null
  source: SubmissionSource
  filename: string | null
  lines: LinesPayload
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

/**
 * The module's connection as knex: the open transaction when there is one, otherwise the pool.
 * Knex binds parameters in the protocol, where the manager's execute would first escape them
 * into the SQL text — for a 1 MB JSON parameter, a character-by-character copy on every request.
 */
function knexOf(context: Tx): Knex {
  const manager = (context.transactionManager ?? context.manager)!
  return manager.getTransactionContext<Knex.Transaction>() ?? manager.getKnex()
}
const rowsOf = async <T>(context: Tx, sql: string, params: unknown[]) =>
  (await knexOf(context).raw(sql, params as Knex.RawBinding[])).rows as T[]

/** A bound array: knex spreads JS arrays into lists, so arrays travel as JSON. */
const array = (type: "text" | "int") => `array(select jsonb_array_elements_text(?::jsonb))::${type}[]`
const json = (values: unknown[]) => JSON.stringify(values)

const LINE_COLUMNS = `partner_id, reference, line, outlet_id, outlet_code, sold_at, barcode, sku, quantity, amount_fen, content_hash, submission_id`
// sold_at as milliseconds since the epoch: the driver's parse of timestamptz text, then a copy of
// the Date, stood out in the booking's profile (5,000 lines a submission).
const SELECT_LINE = `select ${LINE_COLUMNS.split(", ")
  .map((c) => (c === "sold_at" ? "(extract(epoch from l.sold_at) * 1000)::float8 as sold_at_ms" : `l.${c}`))
  .join(", ")} from partner_sale_line l`
const toLine = (r: any): StoredLine => ({
  partner_id: r.partner_id,
  reference: r.reference,
  line: Number(r.line),
  outlet_id: r.outlet_id,
  outlet_code: r.outlet_code,
  sold_at: new Date(r.sold_at_ms),
  barcode: r.barcode,
  sku: r.sku,
  quantity: Number(r.quantity),
  amount_fen: Number(r.amount_fen),
  content_hash: r.content_hash,
  submission_id: r.submission_id,
})
/** A line's code as the review queue keys it: its barcode, else its SKU. */
const CODE_OF_LINE = `coalesce(l.barcode, l.sku) = ? and (case when l.barcode is null then 'sku' else 'barcode' end) = ?`

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
    const submissionId = generateEntityId(undefined, "psub")
    // one statement: the lines, then the submission that counts the new ones
    const [{ inserted }] = await rowsOf<{ inserted: number }>(
      context,
      `with line as (
         insert into partner_sale_line (${LINE_COLUMNS})
         select ?, reference, line, outlet_id, outlet_code, sold_at, barcode, sku, quantity, amount_fen, content_hash, ?
         from jsonb_to_recordset(?::jsonb) as x(reference text, line int, outlet_id text, outlet_code text, sold_at timestamptz,
           barcode text, sku text, quantity int, amount_fen bigint, content_hash text)
         order by reference, line
         on conflict on constraint partner_sale_line_key do nothing
         returning 1
       ), submission as (
         insert into partner_submission (id, partner_id, credential_id, source, filename, lines, new_lines)
         select ?, ?, ?, ?, ?, ?, count(*) from line
       )
       select count(*)::int as inserted from line`,
      [
        input.partner_id,
        submissionId,
        input.lines.json,
        submissionId,
        input.partner_id,
        input.credential_id,
        input.source,
        input.filename,
        input.lines.count,
      ]
    )
    if (inserted < input.lines.count) {
      // The lines left out were stored before (or by a request running alongside, which the insert
      // waited for): the same content is a duplicate, other content fails the whole submission.
      const conflicts = await rowsOf<{ reference: string; line: number }>(
        context,
        `select x.reference, x.line from jsonb_to_recordset(?::jsonb) as x(reference text, line int, content_hash text)
         join partner_sale_line l on l.partner_id = ? and l.reference = x.reference and l.line = x.line
         where l.content_hash <> x.content_hash`,
        [input.lines.json, input.partner_id]
      )
      if (conflicts.length) {
        throw new PartnerLineConflict(conflicts.map(({ reference, line }) => ({ reference, line: Number(line) })))
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
    return { submission_id: submissionId, new: inserted, duplicates: input.lines.count - inserted }
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
      `${SELECT_LINE}
       join unnest(${array("text")}, ${array("text")}) as k(partner_id, reference) on l.partner_id = k.partner_id and l.reference = k.reference
       order by l.partner_id, l.reference, l.line`,
      [json(keys.map((k) => k.partner_id)), json(keys.map((k) => k.reference))]
    )
    return rows.map(toLine)
  }

  /** Every stored line of the references a submission holds lines of: what its booking job books. */
  @InjectManager()
  async linesOfSubmission(submissionId: string, @MedusaContext() context: Tx = {}): Promise<StoredLine[]> {
    const rows = await rowsOf(
      context,
      `${SELECT_LINE}
       where (l.partner_id, l.reference) in (select partner_id, reference from partner_sale_line where submission_id = ?)
       order by l.partner_id, l.reference, l.line`,
      [submissionId]
    )
    return rows.map(toLine)
  }

  /** Every stored line of the references with a line of the partner's code: what a decision on it re-books. */
  @InjectManager()
  async linesWithCode(partnerId: string, code: CodeKey, @MedusaContext() context: Tx = {}): Promise<StoredLine[]> {
    const rows = await rowsOf(
      context,
      `${SELECT_LINE}
       where (l.partner_id, l.reference) in (select partner_id, reference from partner_sale_line l where l.partner_id = ? and ${CODE_OF_LINE})
       order by l.partner_id, l.reference, l.line`,
      [partnerId, code.code, code.kind]
    )
    return rows.map(toLine)
  }

  /** Operators' decisions (mapped, not an assistance product) on the partners' codes among `codes`. */
  @InjectManager()
  async decidedCodes(partnerIds: string[], codes: string[], @MedusaContext() context: Tx = {}): Promise<CodeDecision[]> {
    if (!partnerIds.length || !codes.length) {
      return []
    }
    return rowsOf<CodeDecision>(
      context,
      `select partner_id, kind, code, status, product_id from partner_product_code
       where partner_id = any(${array("text")}) and code = any(${array("text")})
         and status in ('mapped', 'not_assistance') and deleted_at is null`,
      [json(partnerIds), json(codes)]
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

  /** The partner's outlets' ids by code (a chain has hundreds: no entity for each on every request). */
  @InjectManager()
  async outletIdsByCode(partnerId: string, @MedusaContext() context: Tx = {}): Promise<Map<string, string>> {
    const rows = await rowsOf<{ id: string; code: string }>(
      context,
      `select id, code from partner_outlet where partner_id = ? and deleted_at is null`,
      [partnerId]
    )
    return new Map(rows.map((r) => [r.code, r.id]))
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
      rows.map((r) => [
        r.partner_id,
        { last_sale_date: r.last_sale_date, months: (r.months as number[]).map(Number), last_received_at: new Date(r.last_received_at) },
      ])
    )
  }
}

export default PartnerModuleService
