import { z } from "@medusajs/framework/zod"
import { isValidEan13 } from "../ean13"

export const MAX_ABS_AMOUNT_FEN = 1_000_000_000_000
export const MAX_ABS_QUANTITY = 1_000_000

/**
 * One sales line as a partner sends it. Sign rules: a sale has quantity > 0 and amount ≥ 0; a
 * return or refund has amount < 0 and quantity ≤ 0 (0: money only).
 */
export const PartnerLineSchema = z
  .object({
    reference: z.string().trim().min(1, "must not be empty").max(64, "at most 64 characters"),
    line: z.number({ message: "must be a whole number" }).int("must be a whole number").min(1, "must be 1 or more").max(1_000_000),
    outlet_code: z.string().trim().min(1, "must not be empty").max(64),
    sold_at: z.string().datetime({ offset: true, message: "must be an ISO 8601 time with offset, e.g. 2026-03-08T10:15:00+08:00" }),
    barcode: z
      .string()
      .trim()
      .refine(isValidEan13, "must be an EAN-13 barcode (13 digits, check digit right)")
      .optional()
      .nullable(),
    sku: z.string().trim().min(1, "must not be empty").max(64).optional().nullable(),
    quantity: z
      .number({ message: "must be a whole number" })
      .int("must be a whole number")
      .min(-MAX_ABS_QUANTITY)
      .max(MAX_ABS_QUANTITY),
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
