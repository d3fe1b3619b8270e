import { z } from "@medusajs/framework/zod"
import { DateTime } from "luxon"
import { district } from "../../officials/validators"

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
  district: district.nullish(),
})
export type AdminCreateOfficialType = z.infer<typeof AdminCreateOfficial>
