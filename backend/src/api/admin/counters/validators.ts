import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { COUNTER_KINDS } from "../../../modules/counter/constants"
import { CLERK_ROLES } from "../../../modules/kiosk/constants"
import { shanghaiDistrictZh } from "../../shanghai-district"

const text = z.string().trim().min(1)


const counterFields = {
  name_zh: text,
  name_en: text,
  kind: z.enum(COUNTER_KINDS),
  address: text,
  district_zh: shanghaiDistrictZh,
}

export const AdminCreateCounter = z.object({
  ...counterFields,
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "code: must be upper-case letters and digits in hyphen-separated groups, e.g. CTR-XH"),
})
export const AdminUpdateCounter = z.object(counterFields).partial().strict()

export const AdminListCounters = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
  kind: z.enum(COUNTER_KINDS).optional(),
  district_zh: z.string().optional(),
})

// Each message names its field: Medusa's 400 shows a custom message without the field's path.
const pin = (field: string) => z.string().regex(/^\d{4,6}$/, `${field}: must be 4 to 6 digits`)
const clerkName = z.string().trim().min(1, "name: must not be empty")
const role = z.enum(CLERK_ROLES, { message: "role: must be clerk or manager" })

export const AdminCreateClerk = z.object({ name: clerkName, pin: pin("pin"), role: role.default("clerk") }).strict()
export const AdminUpdateClerk = z
  .object({ name: clerkName.optional(), pin: pin("pin").optional(), role: role.optional(), active: z.boolean().optional() })
  .strict()

export const AdminCounterSales = z.object({
  flagged: z.enum(["true", "false"], { message: "flagged: must be true or false" }).transform((v) => v === "true").optional(),
  limit: z.coerce.number().int().min(1, "limit: must be 1 to 200").max(200, "limit: must be 1 to 200").default(50),
  offset: z.coerce.number().int().min(0, "offset: must not be negative").default(0),
})

export type AdminCreateCounterType = z.infer<typeof AdminCreateCounter>
export type AdminUpdateCounterType = z.infer<typeof AdminUpdateCounter>
export type AdminListCountersType = z.infer<typeof AdminListCounters>
export type AdminCreateClerkType = z.infer<typeof AdminCreateClerk>
export type AdminUpdateClerkType = z.infer<typeof AdminUpdateClerk>
export type AdminCounterSalesType = z.infer<typeof AdminCounterSales>
