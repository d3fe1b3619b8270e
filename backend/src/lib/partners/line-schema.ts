import { z } from "@medusajs/framework/zod"
import { isValidEan13 } from "../ean13"

export const MAX_ABS_AMOUNT_FEN = 1_000_000_000_000
export const MAX_ABS_QUANTITY = 1_000_000
const MAX_LINE_NUMBER = 1_000_000
const SOLD_AT_MESSAGE = "must be an ISO 8601 time with offset, e.g. 2026-03-08T10:15:00+08:00"

/**
 * One sales line as a partner sends it. Sign rules: a sale has quantity > 0 and amount ≥ 0; a
 * return or refund has amount < 0 and quantity ≤ 0 (0: money only).
 */
export const PartnerLineSchema = z
  .object({
    reference: z.string().trim().min(1, "must not be empty").max(64, "at most 64 characters"),
    line: z.number({ message: "must be a whole number" }).int("must be a whole number").min(1, "must be 1 or more").max(MAX_LINE_NUMBER),
    outlet_code: z.string().trim().min(1, "must not be empty").max(64),
    sold_at: z.string().datetime({ offset: true, message: SOLD_AT_MESSAGE }),
    barcode: z.string().trim().refine(isValidEan13, "must be an EAN-13 barcode (13 digits, check digit right)").optional().nullable(),
    sku: z.string().trim().min(1, "must not be empty").max(64).optional().nullable(),
    quantity: z.number({ message: "must be a whole number" }).int("must be a whole number").min(-MAX_ABS_QUANTITY).max(MAX_ABS_QUANTITY),
    amount_fen: z
      .number({ message: "must be a whole number of fen" })
      .int("must be a whole number of fen")
      .min(-MAX_ABS_AMOUNT_FEN)
      .max(MAX_ABS_AMOUNT_FEN),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (!l.barcode === !l.sku) {
      ctx.addIssue({ code: "custom", path: ["barcode"], message: "exactly one of barcode or sku is required" })
    }
    if (l.amount_fen < 0 ? l.quantity > 0 : l.quantity <= 0) {
      ctx.addIssue({
        code: "custom",
        path: ["quantity"],
        message: "a sale has quantity > 0 and amount_fen ≥ 0; a return or refund has amount_fen < 0 and quantity ≤ 0",
      })
    }
  })
export type PartnerLineInput = z.infer<typeof PartnerLineSchema>

export const PartnerSalesBody = z.object({ lines: z.array(z.unknown()) }).strict()

// The same pattern z.string().datetime({ offset: true }) checks with.
const SOLD_AT = z.regexes.datetime({ offset: true })
const FIELDS = new Set(["reference", "line", "outlet_code", "sold_at", "barcode", "sku", "quantity", "amount_fen"])
const text = (v: unknown, max: number): v is string => typeof v === "string" && v.length >= 1 && v.length <= max && v.trim() === v
const whole = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max
const given = (v: unknown) => v !== undefined && v !== null

/**
 * Whether a line is one PartnerLineSchema accepts unchanged (nothing to trim): then it is used as
 * it came, at a small part of zod's cost on a 5,000-line request. It only ever answers true for
 * lines the schema accepts (a unit test holds the two together); anything else — a bad line, or
 * a good one with spaces to trim — goes through the schema, which also words the errors.
 */
export function isPlainValidLine(item: unknown): item is PartnerLineInput {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return false
  }
  const l = item as Record<string, unknown>
  for (const key of Object.keys(l)) {
    if (!FIELDS.has(key)) {
      return false
    }
  }
  const barcode = given(l.barcode)
  if (barcode === given(l.sku)) {
    return false
  }
  if (barcode ? !(typeof l.barcode === "string" && isValidEan13(l.barcode)) : !text(l.sku, 64)) {
    return false
  }
  if (
    !text(l.reference, 64) ||
    !text(l.outlet_code, 64) ||
    typeof l.sold_at !== "string" ||
    !SOLD_AT.test(l.sold_at) ||
    !whole(l.line, 1, MAX_LINE_NUMBER) ||
    !whole(l.quantity, -MAX_ABS_QUANTITY, MAX_ABS_QUANTITY) ||
    !whole(l.amount_fen, -MAX_ABS_AMOUNT_FEN, MAX_ABS_AMOUNT_FEN)
  ) {
    return false
  }
  return (l.amount_fen as number) < 0 ? (l.quantity as number) <= 0 : (l.quantity as number) > 0
}
