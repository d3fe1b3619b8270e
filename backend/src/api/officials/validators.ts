import { z } from "@medusajs/framework/zod"
import { CHANNEL_KINDS, TARGET_LEVELS } from "../../modules/support/constants"
import { shanghaiDistrict } from "../shanghai-district"

const code = (field: string, digits: number) =>
  z.string().regex(new RegExp(`^\\d{${digits}}$`), { message: `${field}: must be a ${digits}-digit GB/T 2260 code` })

export const OfficialReportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  level: z.enum([...TARGET_LEVELS]).default("all"),
  by: z.enum(["county", "district", "counter", "partner"]).default("county"),
  province: code("province", 2).optional(),
  prefecture: code("prefecture", 4).optional(),
  county: code("county", 6).optional(),
  district: shanghaiDistrict.optional(),
  channel_kind: z.enum([...CHANNEL_KINDS]).optional(),
  counter_id: z.string().optional(),
  // a partner's lines only (channel kind partner)
  partner_id: z.string().startsWith("ptnr_", { message: "partner_id: must be a partner id (ptnr_…)" }).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
  counts_toward_target: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  // received: the counted orders (the ledger); awaiting: placed, not yet paid, counted nowhere
  payment: z.enum(["received", "awaiting"], { message: "payment: must be received or awaiting" }).default("received"),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type OfficialReportQueryType = z.infer<typeof OfficialReportQuery>
