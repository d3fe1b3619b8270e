import type { MedusaContainer } from "@medusajs/framework/types"
import type { SubmissionSource } from "../../modules/partner/constants"
import type { PartnerFileResponse, PartnerRowError } from "@onecounty/contracts/partners"
import { rowsToLines } from "../../lib/partners/rows-to-lines"
import { isTabularError, readTable } from "../../lib/tabular"
import { recordPartnerLines } from "./record-lines"

export type FileOutcome = { status: 200; body: PartnerFileResponse } | { status: 400 | 409 | 413; message: string; errors: PartnerRowError[] }

const FIELD_COLUMN: Record<string, string> = { "reference/line": "reference" }

/**
 * A partner's sales file (CSV in UTF-8 or GBK, or XLSX): every bad row named with its column and
 * reason; a file with any error stores nothing. Good files are recorded like an API request.
 */
export async function recordPartnerFile(
  container: MedusaContainer,
  who: { partner_id: string; credential_id: string | null },
  bytes: Buffer,
  filename: string,
  contentType: string | undefined,
  source: SubmissionSource
): Promise<FileOutcome> {
  let table
  try {
    table = await readTable(bytes, filename, { contentType, maxRows: 5000 })
  } catch (e) {
    if (isTabularError(e)) {
      return { status: e.code === "too_large" ? 413 : 400, message: `file: ${e.message}`, errors: [] }
    }
    throw e
  }
  const { lines, rows, errors } = rowsToLines(table)
  if (errors.length) {
    return { status: 400, message: `${errors.length} row error(s); nothing was stored`, errors }
  }
  const outcome = await recordPartnerLines(container, who, lines, source, filename)
  if (outcome.status === 200) {
    return { status: 200, body: { ...outcome.body, rows: lines.length, encoding: table.encoding, format: table.format } }
  }
  const rowErrors = outcome.errors.map((e) => ({
    row: rows[e.line_index] ?? table.headerRowNumber,
    column: FIELD_COLUMN[e.field] ?? e.field.split(".")[0],
    reason: e.reason,
  }))
  return {
    status: outcome.status,
    message: `${rowErrors.length} row error(s); nothing was stored`,
    errors: rowErrors,
  }
}
