import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { creditCodeError } from "../../../lib/credit-code"
import { countyCodeError } from "../../../lib/division"
import { RELATION_TYPES, SUPPLIER_TYPES } from "../../../modules/origin/constants"
import { shanghaiDistrictZh } from "../../shanghai-district"

// Zod passes custom messages through unchanged, so each one names its field itself.
const checked = (field: string, check: (value: string) => string | null) =>
  z.string().superRefine((value, ctx) => {
    const reason = check(value)
    if (reason) {
      ctx.addIssue({ code: "custom", message: `${field}: ${reason}` })
    }
  })

// null: a city-level pairing
const districtZh = shanghaiDistrictZh.nullable()

const text = z.string().trim().min(1)
const optionalText = z.string().trim().nullish()

const countyFields = {
  name_zh: text,
  name_en: text,
  specialty_zh: optionalText,
  specialty_en: optionalText,
  story_zh: optionalText,
  story_en: optionalText,
  verified: z.boolean(),
}

export const AdminCreateCounty = z.object({
  ...countyFields,
  code: checked("code", countyCodeError),
  name_zh: text.optional(),
  verified: z.boolean().optional(),
})
export const AdminUpdateCounty = z.object(countyFields).partial()

const pairingWindow = <T extends { valid_from?: Date; valid_to?: Date | null }>(p: T) =>
  !p.valid_from || !p.valid_to || p.valid_to > p.valid_from

export const AdminCreatePairing = z
  .object({
    county_id: text,
    district_zh: districtZh,
    relation_type: z.enum(RELATION_TYPES),
    valid_from: z.coerce.date(),
    valid_to: z.coerce.date().nullish(),
  })
  .refine(pairingWindow, { message: "valid_to: must be after valid_from" })

export const AdminUpdatePairing = z
  .object({
    district_zh: districtZh.optional(),
    relation_type: z.enum(RELATION_TYPES).optional(),
    valid_from: z.coerce.date().optional(),
    valid_to: z.coerce.date().nullish(),
  })
  .refine(pairingWindow, { message: "valid_to: must be after valid_from" })

const supplierFields = {
  name: text,
  type: z.enum(SUPPLIER_TYPES),
  credit_code: checked("credit_code", creditCodeError),
  county_id: text,
  households_linked: z.number().int().min(0),
  contact_phone: z
    .string()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "contact_phone: must be a mainland mobile or landline number")
    .nullish(),
}
export const AdminCreateSupplier = z.object({
  ...supplierFields,
  households_linked: supplierFields.households_linked.optional(),
})
export const AdminUpdateSupplier = z.object(supplierFields).partial()

const certificationDates = <T extends { issued_at?: Date; expires_at?: Date }>(c: T) =>
  (c.issued_at === undefined) === (c.expires_at === undefined) &&
  (!c.issued_at || !c.expires_at || c.expires_at > c.issued_at)
const certificationDatesMessage = {
  message: "expires_at: must be given together with issued_at and fall after it",
}

export const AdminCreateCertification = z
  .object({
    number: text,
    issuer: text,
    issued_at: z.coerce.date(),
    expires_at: z.coerce.date(),
  })
  .refine(certificationDates, certificationDatesMessage)

export const AdminUpdateCertification = z
  .object({
    number: text.optional(),
    issuer: text.optional(),
    issued_at: z.coerce.date().optional(),
    expires_at: z.coerce.date().optional(),
  })
  .refine(certificationDates, certificationDatesMessage)

export const AdminListOrigins = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
  county_id: z.string().optional(),
  code: z.string().optional(),
})

export type AdminCreateCountyType = z.infer<typeof AdminCreateCounty>
export type AdminUpdateCountyType = z.infer<typeof AdminUpdateCounty>
export type AdminCreatePairingType = z.infer<typeof AdminCreatePairing>
export type AdminUpdatePairingType = z.infer<typeof AdminUpdatePairing>
export type AdminCreateSupplierType = z.infer<typeof AdminCreateSupplier>
export type AdminUpdateSupplierType = z.infer<typeof AdminUpdateSupplier>
export type AdminCreateCertificationType = z.infer<typeof AdminCreateCertification>
export type AdminUpdateCertificationType = z.infer<typeof AdminUpdateCertification>
export type AdminListOriginsType = z.infer<typeof AdminListOrigins>
