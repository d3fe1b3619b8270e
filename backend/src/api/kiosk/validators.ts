import { z } from "@medusajs/framework/zod"
import { CLERK_ROLES, PAYMENT_METHODS } from "../../modules/kiosk/constants"

const fen = z.number().int("must be whole fen").nonnegative("must not be negative")
const pin = z.string().regex(/^\d{4,6}$/, "must be 4 to 6 digits")
const text = z.string().trim().min(1, "must not be empty")
const shanghaiDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")

export const KioskRegisterDevice = z.object({ code: z.string().trim().min(1, "must not be empty") }).strict()
export const KioskPinLogin = z.object({ clerk_id: text, pin }).strict()

export const KioskSubmitSale = z
  .object({
    idempotency_key: z.string().uuid("must be a UUID"),
    sold_at: z.string().datetime({ offset: true, message: "must be an ISO 8601 date-time" }),
    clerk_id: text,
    items: z
      .array(z.object({ variant_id: text, quantity: z.number().int().positive("must be at least 1"), unit_price: fen }))
      .min(1, "must list at least one item"),
    payment: z.object({
      method: z.enum(PAYMENT_METHODS),
      amount: fen,
      tendered: fen.optional(),
      reference: z.string().trim().max(200).optional(),
    }),
    override: z.object({ manager_pin: pin, reason: text }).optional(),
  })
  .strict()

export const KioskReturnSale = z
  .object({
    items: z
      .array(z.object({ variant_id: text, quantity: z.number().int().positive("must be at least 1") }))
      .min(1, "must list at least one item"),
    manager_pin: pin,
    reason: text,
    refund_method: z.enum(PAYMENT_METHODS),
  })
  .strict()

export const KioskOpenCashSession = z.object({ opening_float: fen }).strict()
export const KioskCloseCashSession = z.object({ counted: fen, note: z.string().trim().max(500).optional() }).strict()
export const KioskDateQuery = z.object({ date: shanghaiDate.optional() })

export const AdminCreateClerk = z.object({ name: text, pin, role: z.enum(CLERK_ROLES).default("clerk") }).strict()
export const AdminUpdateClerk = z
  .object({ name: text.optional(), pin: pin.optional(), role: z.enum(CLERK_ROLES).optional(), active: z.boolean().optional() })
  .strict()

export type KioskRegisterDeviceType = z.infer<typeof KioskRegisterDevice>
export type KioskPinLoginType = z.infer<typeof KioskPinLogin>
export type KioskSubmitSaleType = z.infer<typeof KioskSubmitSale>
export type KioskReturnSaleType = z.infer<typeof KioskReturnSale>
export type KioskOpenCashSessionType = z.infer<typeof KioskOpenCashSession>
export type KioskCloseCashSessionType = z.infer<typeof KioskCloseCashSession>
export type KioskDateQueryType = z.infer<typeof KioskDateQuery>
export type AdminCreateClerkType = z.infer<typeof AdminCreateClerk>
export type AdminUpdateClerkType = z.infer<typeof AdminUpdateClerk>
