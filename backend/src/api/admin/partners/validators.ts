import { z } from "@medusajs/framework/zod"
import { CODE_KINDS, CODE_STATUSES, PARTNER_KINDS } from "../../../modules/partner/constants"
import { shanghaiDistrictZh } from "../../shanghai-district"

const text = (field: string) => z.string({ message: `${field}: required` }).trim().min(1, `${field}: must not be empty`).max(200)

export const AdminCreatePartner = z
  .object({
    name_zh: text("name_zh"),
    name_en: text("name_en"),
    kind: z.enum([...PARTNER_KINDS], { message: `kind: must be one of ${PARTNER_KINDS.join(", ")}` }),
    district_zh: shanghaiDistrictZh.nullish(),
  })
  .strict()
export const AdminUpdatePartner = AdminCreatePartner.partial().strict()

export const AdminListPartners = z.object({
  q: z.string().optional(),
  kind: z.enum([...PARTNER_KINDS]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminCreateOutlet = z
  .object({
    code: z.string({ message: "code: required" }).trim().min(1, "code: must not be empty").max(64, "code: at most 64 characters"),
    name: text("name"),
    district_zh: shanghaiDistrictZh.nullish(),
  })
  .strict()
export const AdminUpdateOutlet = AdminCreateOutlet.omit({ code: true }).partial().strict()

export const AdminEmpty = z.object({}).strict()

export const AdminCreateCode = z
  .object({
    kind: z.enum([...CODE_KINDS], { message: "kind: must be sku or barcode" }),
    code: z.string({ message: "code: required" }).trim().min(1, "code: must not be empty").max(64),
    product_id: z.string({ message: "product_id: required" }).min(1, "product_id: required"),
  })
  .strict()

export const AdminListCodes = z.object({
  status: z.enum([...CODE_STATUSES, "all"]).default("waiting"),
  partner_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

