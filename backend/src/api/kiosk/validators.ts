import { z } from "@medusajs/framework/zod"
import { PAYMENT_METHODS } from "../../modules/kiosk/constants"

// Each message names its field: Medusa's 400 shows a custom message without the field's path.
const fen = (field: string) => z.number().int(`${field}: must be whole fen`).nonnegative(`${field}: must not be negative`)
const count = (field: string) => z.number().int(`${field}: must be a whole number`).positive(`${field}: must be at least 1`)
const pin = (field: string) => z.string().regex(/^\d{4,6}$/, `${field}: must be 4 to 6 digits`)
const text = (field: string) => z.string().trim().min(1, `${field}: must not be empty`)
const method = (field: string) => z.enum(PAYMENT_METHODS, { message: `${field}: must be cash, card or qr` })

export const KioskRegisterDevice = z.object({ code: text("code") }).strict()
export const KioskPinLogin = z.object({ clerk_id: text("clerk_id"), pin: pin("pin") }).strict()

export const KioskSubmitSale = z
  .object({
    idempotency_key: z.string().uuid("idempotency_key: must be a UUID"),
    sold_at: z.string().datetime({ offset: true, message: "sold_at: must be an ISO 8601 date-time" }),
    /** optional: the seller is the signed-in clerk, and a different one is refused */
    clerk_id: text("clerk_id").optional(),
    items: z
      .array(z.object({ variant_id: text("items.variant_id"), quantity: count("items.quantity"), unit_price: fen("items.unit_price") }))
      .min(1, "items: must list at least one item"),
    payment: z.object({
      method: method("payment.method"),
      amount: fen("payment.amount"),
      tendered: fen("payment.tendered").optional(),
      reference: z.string().trim().max(200, "payment.reference: at most 200 characters").optional(),
    }),
    override: z.object({ manager_pin: pin("override.manager_pin"), reason: text("override.reason") }).optional(),
  })
  .strict()

export const KioskReturnSale = z
  .object({
    items: z
      .array(z.object({ variant_id: text("items.variant_id"), quantity: count("items.quantity") }))
      .min(1, "items: must list at least one item"),
    manager_pin: pin("manager_pin"),
    reason: text("reason"),
    refund_method: method("refund_method"),
  })
  .strict()

export const KioskOpenCashSession = z.object({ opening_float: fen("opening_float") }).strict()
export const KioskCloseCashSession = z
  .object({ counted: fen("counted"), note: z.string().trim().max(500, "note: at most 500 characters").optional() })
  .strict()
export const KioskDateQuery = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date: must be YYYY-MM-DD").optional() })

export type KioskRegisterDeviceType = z.infer<typeof KioskRegisterDevice>
export type KioskPinLoginType = z.infer<typeof KioskPinLogin>
export type KioskSubmitSaleType = z.infer<typeof KioskSubmitSale>
export type KioskReturnSaleType = z.infer<typeof KioskReturnSale>
export type KioskOpenCashSessionType = z.infer<typeof KioskOpenCashSession>
export type KioskCloseCashSessionType = z.infer<typeof KioskCloseCashSession>
export type KioskDateQueryType = z.infer<typeof KioskDateQuery>
