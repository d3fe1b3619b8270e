import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { COUNTER_KINDS } from "../../../modules/counter/constants"
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

export type AdminCreateCounterType = z.infer<typeof AdminCreateCounter>
export type AdminUpdateCounterType = z.infer<typeof AdminUpdateCounter>
export type AdminListCountersType = z.infer<typeof AdminListCounters>
