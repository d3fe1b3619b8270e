import { hash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MAX_LINES_PER_SUBMISSION } from "../../modules/partner/constants"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import type { CodeKey, PartnerLine } from "../../modules/partner/service"
import { productsByBarcode } from "../../reporting/partners/load-partner-facts"
import { isPlainValidLine, PartnerLineSchema, type PartnerLineInput } from "./line-schema"
import type { PartnerLineError } from "@onecounty/contracts/partners"

/** A bad line: its position in the request (or the file's row, set by the caller), field and reason. */
export type LineError = PartnerLineError
export type CheckedLines = { lines: PartnerLine[]; waiting_codes: CodeKey[]; errors: LineError[] }

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

export const lineHash = (l: Omit<PartnerLine, "content_hash" | "outlet_id" | "reference" | "line">) =>
  hash("sha256", JSON.stringify([l.outlet_code, l.sold_at.getTime(), l.barcode, l.sku, l.quantity, l.amount_fen]), "hex")

/**
 * Checks a partner's lines as a whole: each one's shape, then against the partner's outlets, the
 * request itself (a key twice) and what is stored (a refund needs the sale it reverses); and
 * lists the codes no product answers to, for review. Every error is reported, not the first.
 */
export async function checkPartnerLines(container: MedusaContainer, partnerId: string, raw: unknown[]): Promise<CheckedLines> {
  const errors: LineError[] = []
  if (raw.length > MAX_LINES_PER_SUBMISSION) {
    errors.push({
      line_index: MAX_LINES_PER_SUBMISSION,
      reference: null,
      line: null,
      field: "lines",
      reason: `at most ${MAX_LINES_PER_SUBMISSION} lines per request`,
    })
    return { lines: [], waiting_codes: [], errors }
  }
  if (!raw.length) {
    errors.push({ line_index: 0, reference: null, line: null, field: "lines", reason: "no lines" })
    return { lines: [], waiting_codes: [], errors }
  }
  const parsed: { index: number; value: PartnerLineInput }[] = []
  raw.forEach((item, index) => {
    if (isPlainValidLine(item)) {
      parsed.push({ index, value: item })
      return
    }
    const result = PartnerLineSchema.safeParse(item)
    if (result.success) {
      parsed.push({ index, value: result.data })
      return
    }
    const r = (item ?? {}) as Record<string, unknown>
    for (const issue of result.error.issues) {
      errors.push({
        line_index: index,
        reference: typeof r.reference === "string" ? r.reference : null,
        line: typeof r.line === "number" ? r.line : null,
        field: issue.path.join(".") || "line",
        reason: issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message,
      })
    }
  })
  const partners = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const outletByCode = await partners.outletIdsByCode(partnerId)
  const seen = new Set<string>()
  const lines: PartnerLine[] = []
  const fail = (index: number, v: PartnerLineInput, field: string, reason: string) =>
    errors.push({ line_index: index, reference: v.reference, line: v.line, field, reason })
  const indexOf = new Map<PartnerLine, number>()
  for (const { index, value: v } of parsed) {
    const key = `${v.reference}|${v.line}`
    if (seen.has(key)) {
      fail(index, v, "line", `reference ${v.reference} line ${v.line} appears twice in this request`)
      continue
    }
    seen.add(key)
    const outletId = outletByCode.get(v.outlet_code)
    if (!outletId) {
      fail(index, v, "outlet_code", `${v.outlet_code} is not one of this partner's outlets`)
      continue
    }
    const base = {
      outlet_code: v.outlet_code,
      sold_at: new Date(v.sold_at),
      barcode: v.barcode ?? null,
      sku: v.barcode ? null : (v.sku ?? null),
      quantity: v.quantity,
      amount_fen: v.amount_fen,
    }
    const line: PartnerLine = { reference: v.reference, line: v.line, outlet_id: outletId, ...base, content_hash: lineHash(base) }
    lines.push(line)
    indexOf.set(line, index)
  }

  // A refund reverses a sale of the same code under the same reference: in this request or stored.
  const codeOf = (l: PartnerLine) => (l.barcode ?? l.sku) as string
  const soldHere = new Set(lines.filter((l) => l.quantity > 0).map((l) => `${l.reference}|${codeOf(l)}`))
  const refunds = lines.filter((l) => l.amount_fen < 0 && !soldHere.has(`${l.reference}|${codeOf(l)}`))
  const soldBefore = await partners.soldCodes(partnerId, [...new Set(refunds.map((l) => l.reference))])
  for (const l of refunds) {
    if (!soldBefore.has(`${l.reference}|${codeOf(l)}`)) {
      errors.push({
        line_index: indexOf.get(l) as number,
        reference: l.reference,
        line: l.line,
        field: "reference",
        reason: `a return or refund must come under the reference of the sale it reverses: no sale of ${codeOf(l)} under ${l.reference}`,
      })
    }
  }
  errors.sort((a, b) => a.line_index - b.line_index)
  if (errors.length) {
    return { lines: [], waiting_codes: [], errors }
  }

  // Codes no product answers to: SKUs without an operator's decision, barcodes of no variant.
  const decided = await partners.decidedCodes([partnerId], [...new Set(lines.map(codeOf))])
  const known = new Set(decided.map((d) => `${d.kind}|${d.code}`))
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const barcodes = await productsByBarcode(query, [...new Set(lines.map((l) => l.barcode).filter((b): b is string => !!b))])
  const waiting = new Map<string, CodeKey>()
  for (const l of lines) {
    const kind = l.barcode ? "barcode" : "sku"
    const code = codeOf(l)
    if (!known.has(`${kind}|${code}`) && !(l.barcode && barcodes.get(l.barcode))) {
      waiting.set(`${kind}|${code}`, { kind, code })
    }
  }
  return { lines, waiting_codes: [...waiting.values()], errors }
}

/** How many of the lines wait for an operator's mapping. */
export const waitingCount = (checked: CheckedLines) => {
  const waiting = new Set(checked.waiting_codes.map((c) => `${c.kind}|${c.code}`))
  return checked.lines.filter((l) => waiting.has(l.barcode ? `barcode|${l.barcode}` : `sku|${l.sku}`)).length
}
