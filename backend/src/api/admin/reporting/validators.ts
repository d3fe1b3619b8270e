import { z } from "@medusajs/framework/zod"
import { DateTime } from "luxon"
import { TARGET_LEVELS } from "../../../modules/support/constants"
import { checkScope } from "../../../reporting/targets/validate-targets"
import { shanghaiDistrict } from "../../shanghai-district"

const shanghaiDay = (field: string) =>
  z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, {
    message: `${field}: must be a date as YYYY-MM-DD (a day in Asia/Shanghai)`,
  })

export const AdminStartReconciliation = z
  .object({
    from_date: shanghaiDay("from_date"),
    to_date: shanghaiDay("to_date"),
    repair: z.boolean().default(true),
  })
  .refine((body) => body.from_date <= body.to_date, { message: "to_date: must not be before from_date" })
export type AdminStartReconciliationType = z.infer<typeof AdminStartReconciliation>

export const AdminListReconciliations = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminCreateOfficial = z.object({
  email: z.string().email({ message: "email: must be an email address" }),
  name: z.string().trim().min(1, { message: "name: required" }),
  password: z.string().min(8, { message: "password: at least 8 characters" }),
  district: shanghaiDistrict.nullish(),
  can_edit_targets: z.boolean({ message: "can_edit_targets: must be true or false" }).default(false),
})
export type AdminCreateOfficialType = z.infer<typeof AdminCreateOfficial>

export const AdminSetTarget = z
  .object({
    year: z.number().int().min(2000).max(2100),
    level: z.enum([...TARGET_LEVELS]),
    scope_code: z.string().trim().default(""),
    amount_fen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    note: z.string().trim().nullish(),
  })
  .transform((body, ctx) => {
    const scope = checkScope(body.level, body.scope_code)
    if ("error" in scope) {
      ctx.addIssue({ code: "custom", message: `scope_code: ${scope.error}` })
      return z.NEVER
    }
    return { year: body.year, level: body.level, scope_code: scope.code, amount: body.amount_fen, note: body.note ?? null }
  })
export type AdminSetTargetType = z.infer<typeof AdminSetTarget>


export const AdminListAttention = z.object({
  status: z.enum(["open", "all"], { message: "status: must be open or all" }).default("open"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListAttentionType = z.infer<typeof AdminListAttention>

export const AdminRetryAttention = z.object({
  order_ids: z.array(z.string().min(1)).min(1, { message: "order_ids: at least one order" }).max(1000, { message: "order_ids: at most 1000" }).optional(),
})
export type AdminRetryAttentionType = z.infer<typeof AdminRetryAttention>
