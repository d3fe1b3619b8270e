// The partners' own API (/partners/sales, /partners/sales/files; signed, docs/PARTNERS.md).
import type { RowError } from "./officials"

/** What a request stored: lines new, identical to ones already received, and waiting for a product mapping. */
export type PartnerSalesResponse = {
  submission_id: string
  received: number
  new: number
  duplicates: number
  waiting_for_mapping: number
}
/** A file's answer adds how it was read (encoding: null for XLSX, which carries its own). */
export type PartnerFileResponse = PartnerSalesResponse & { rows: number; encoding: "utf-8" | "gbk" | null; format: "csv" | "xlsx" }

/** A refused line: its position in `lines` (0-based), its key when it has one, and why. */
export type PartnerLineError = { line_index: number; reference: string | null; line: number | null; field: string; reason: string }
/** A refused row of a file (row 1 is the header), as the targets import names them. */
export type PartnerRowError = RowError

/** 400 (bad lines) or 409 (a key received with other content): nothing of the request is stored. */
export type PartnerSalesRefusal = { type: "invalid_data" | "conflict"; message: string; errors: PartnerLineError[] }
export type PartnerFileRefusal = { type: "invalid_data" | "conflict"; message: string; errors: PartnerRowError[] }

export type PartnerSalesAnswer = PartnerSalesResponse | PartnerSalesRefusal
export type PartnerFileAnswer = PartnerFileResponse | PartnerFileRefusal
